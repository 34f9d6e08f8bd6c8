package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The methods of {@code bytes} alone: {@code bytes.fromhex}. */
@CoreFunctions(extendClasses = BuiltinType.BYTES)
public final class BytesClassBuiltins {

    private BytesClassBuiltins() {
    }

    @Builtin(name = "fromhex", parameterNames = {"cls_or_string", "string"}, minNumOfPositionalArgs = 1)
    abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object first, Object second) {
            return new PBytes(ByteArrayBuiltins.fromHex(this, second == PNone.NO_VALUE ? first : second));
        }
    }
}
