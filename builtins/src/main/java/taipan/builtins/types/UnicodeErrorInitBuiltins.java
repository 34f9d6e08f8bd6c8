package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.ExceptionAttributes;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.runtime.function.PFunction;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code UnicodeEncodeError/DecodeError/TranslateError.__init__}: the arguments are checked by kind and kept as
 * the {@code encoding}, {@code object}, {@code start}, {@code end} and {@code reason} attributes, from which
 * {@code str()} builds CPython's message (see {@code ExceptionText}).
 */
@CoreFunctions(extendClasses = {BuiltinType.UNICODE_ENCODE_ERROR, BuiltinType.UNICODE_DECODE_ERROR,
                BuiltinType.UNICODE_TRANSLATE_ERROR})
public final class UnicodeErrorInitBuiltins {

    private UnicodeErrorInitBuiltins() {
    }

    /** The constructor: a subclass with an {@code __init__} of its own checks its arguments there. */
    @Builtin(name = "UnicodeError", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = {BuiltinType.UNICODE_ENCODE_ERROR, BuiltinType.UNICODE_DECODE_ERROR,
                                    BuiltinType.UNICODE_TRANSLATE_ERROR})
    abstract static class ConstructNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        PBaseException doCreate(PythonClass cls, PTuple args) {
            PBaseException e = new PBaseException(cls, args);
            if (!(cls.lookup("__init__") instanceof PFunction)) {
                init(this, e, args);
            }
            return e;
        }
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class InitNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doInit(PBaseException self, PTuple args) {
            init(this, self, args);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(Node location, PBaseException self, PTuple args) {
        self.setArgs(args);
        BuiltinType kind = ExceptionAttributes.builtinBase(self.getType());
        Object[] a = args.getItems();
        boolean translate = kind == BuiltinType.UNICODE_TRANSLATE_ERROR;
        int expected = translate ? 4 : 5;
        if (a.length != expected) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "function takes exactly %d arguments (%d given)",
                            expected, a.length);
        }
        int at = 0;
        if (!translate) {
            requireType(location, a[at++], TruffleString.class, 1, "str");
        }
        Object object = a[at];
        if (kind == BuiltinType.UNICODE_DECODE_ERROR) {
            if (!(object instanceof PBytesLike || object instanceof taipan.runtime.bytes.PMemoryView)) {
                throw argumentError(location, 2, "bytes-like object", object);
            }
            object = new PBytes(BytesArgs.bytesLike(location, object));
        } else {
            requireType(location, object, TruffleString.class, at + 1, "str");
        }
        requireType(location, a[at + 1], Long.class, at + 2, "int");
        requireType(location, a[at + 2], Long.class, at + 3, "int");
        requireType(location, a[at + 3], TruffleString.class, at + 4, "str");
        self.setField("encoding", translate ? PNone.NONE : a[0]);
        self.setField("object", object);
        self.setField("start", a[at + 1]);
        self.setField("end", a[at + 2]);
        self.setField("reason", a[at + 3]);
    }

    private static void requireType(Node location, Object value, Class<?> type, int position, String name) {
        if (!type.isInstance(value)) {
            throw argumentError(location, position, name, value);
        }
    }

    private static RuntimeException argumentError(Node location, int position, String name, Object value) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "argument %d must be %s, not %s", position, name,
                        PythonErrors.typeName(location, value));
    }
}
