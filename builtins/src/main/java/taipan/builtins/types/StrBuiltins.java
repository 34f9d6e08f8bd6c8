package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.object.PyObjectStrNode;
import taipan.runtime.bytes.PBytesLike;
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
                return decode(object, encoding, errors);
            }
            return object == PNone.NO_VALUE ? EMPTY : str.execute(object);
        }

        /** {@code str(object, encoding, errors)}: decodes a bytes-like object. */
        private TruffleString decode(Object object, Object encoding, Object errors) {
            String enc = BytesArgs.text(this, encoding, "str", "encoding", "utf-8");
            String err = BytesArgs.text(this, errors, "str", "errors", "strict");
            if (object == PNone.NO_VALUE) {
                return EMPTY; // str(encoding='utf-8'): nothing to decode
            } else if (object instanceof PBytesLike b) {
                return BytesTextBuiltins.decode(this, b.toByteArray(), enc, err);
            } else if (object instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "decoding str is not supported");
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "decoding to str: need a bytes-like object, %s found", PythonErrors.typeName(this, object));
        }
    }
}
