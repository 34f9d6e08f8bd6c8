package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.object.PyObjectStrNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code str}: the constructor; the methods live in the {@code Str*Builtins} containers ({@code @CoreFunctions}). */
public final class StrBuiltins {

    private StrBuiltins() {
    }

    @Builtin(name = "str", parameterNames = {"cls", "object", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.STR)
    abstract static class StrNode extends PythonQuaternaryBuiltinNode {

        private static final TruffleString EMPTY = PyStrings.of("");

        @Specialization
        TruffleString doStr(@SuppressWarnings("unused") Object cls, Object object, Object encoding, Object errors,
                        @Cached PyObjectStrNode str) {
            if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                                "str(bytes, encoding)");
            }
            return object == PNone.NO_VALUE ? EMPTY : str.execute(object);
        }
    }
}
