package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.ExceptionAttributes;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.str.StrRepr;
import taipan.runtime.type.BuiltinType;

/**
 * The standard error handlers as functions ({@code codecs.lookup_error('replace')} and friends, CPython's
 * {@code PyCodec_*Errors}): each takes the UnicodeError and returns (replacement, position to resume at).
 */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsErrorBuiltins {

    private CodecsErrorBuiltins() {
    }

    /** Which of encode (0), decode (1) or translate (2) the exception reports; TypeError for anything else. */
    static int kind(Node location, Object exc) {
        if (exc instanceof PBaseException e) {
            BuiltinType base = ExceptionAttributes.builtinBase(e.getType());
            if (base == BuiltinType.UNICODE_ENCODE_ERROR) {
                return 0;
            } else if (base == BuiltinType.UNICODE_DECODE_ERROR) {
                return 1;
            } else if (base == BuiltinType.UNICODE_TRANSLATE_ERROR) {
                return 2;
            }
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "don't know how to handle %s in error callback",
                        PythonErrors.typeName(location, exc));
    }

    static int position(Object exc, String name) {
        Object value = ExceptionAttributes.get((PBaseException) exc, name);
        return value instanceof Long l ? (int) (long) l : 0;
    }

    static PTuple result(String replacement, int end) {
        return new PTuple(new Object[]{StrCodePoints.of(replacement), (long) end});
    }

    private static int[] text(Object exc) {
        Object object = ExceptionAttributes.get((PBaseException) exc, "object");
        return object instanceof TruffleString s ? StrCodePoints.toArray(s) : new int[0];
    }

    private static byte[] bytes(Object exc) {
        Object object = ExceptionAttributes.get((PBaseException) exc, "object");
        return object instanceof PBytesLike b ? b.toByteArray() : new byte[0];
    }

    @Builtin(name = "strict_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class StrictNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            if (arguments[0] instanceof PBaseException e) {
                throw new PException(e, this);
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "codec must pass exception instance");
        }
    }

    @Builtin(name = "ignore_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class IgnoreNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            kind(this, arguments[0]);
            return result("", position(arguments[0], "end"));
        }
    }

    @Builtin(name = "replace_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class ReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int kind = kind(this, arguments[0]);
            int start = position(arguments[0], "start");
            int end = position(arguments[0], "end");
            String one = kind == 0 ? "?" : "\ufffd";
            return result(kind == 1 ? one : one.repeat(Math.max(0, end - start)), end);
        }
    }

    @Builtin(name = "backslashreplace_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class BackslashReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int kind = kind(this, arguments[0]);
            int start = position(arguments[0], "start");
            int end = position(arguments[0], "end");
            StringBuilder sb = new StringBuilder();
            if (kind == 1) {
                byte[] b = bytes(arguments[0]);
                for (int k = start; k < end && k < b.length; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xFF));
                }
            } else {
                int[] s = text(arguments[0]);
                for (int k = start; k < end && k < s.length; k++) {
                    sb.append(StrRepr.backslashEscape(s[k]));
                }
            }
            return result(sb.toString(), end);
        }
    }

    @Builtin(name = "xmlcharrefreplace_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class XmlCharRefReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (kind(this, arguments[0]) != 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "don't know how to handle %s in error callback",
                                PythonErrors.typeName(this, arguments[0]));
            }
            int start = position(arguments[0], "start");
            int end = position(arguments[0], "end");
            int[] s = text(arguments[0]);
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < end && k < s.length; k++) {
                sb.append("&#").append(s[k]).append(';');
            }
            return result(sb.toString(), end);
        }
    }

    @Builtin(name = "namereplace_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class NameReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (kind(this, arguments[0]) != 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "don't know how to handle %s in error callback",
                                PythonErrors.typeName(this, arguments[0]));
            }
            int start = position(arguments[0], "start");
            int end = position(arguments[0], "end");
            int[] s = text(arguments[0]);
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < end && k < s.length; k++) {
                String name = Character.getName(s[k]);
                sb.append(name != null ? "\\N{" + name + "}" : StrRepr.backslashEscape(s[k]));
            }
            return result(sb.toString(), end);
        }
    }

    @Builtin(name = "surrogateescape_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class SurrogateEscapeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int kind = kind(this, arguments[0]);
            int start = position(arguments[0], "start");
            int end = position(arguments[0], "end");
            if (kind == 1) {
                byte[] b = bytes(arguments[0]);
                StringBuilder sb = new StringBuilder();
                int k = start;
                while (k < end && k - start < 4 && (b[k] & 0xFF) >= 0x80) {
                    sb.appendCodePoint(0xDC00 + (b[k++] & 0xFF));
                }
                if (k > start) {
                    return new PTuple(new Object[]{StrCodePoints.of(sb.toString()), (long) k});
                }
            } else if (kind == 0) {
                int[] s = text(arguments[0]);
                byte[] out = new byte[Math.max(0, end - start)];
                boolean ok = true;
                for (int k = start; k < end && k < s.length; k++) {
                    ok &= s[k] >= 0xDC80 && s[k] <= 0xDCFF;
                    out[k - start] = (byte) (s[k] - 0xDC00);
                }
                if (ok) {
                    return new PTuple(new Object[]{new PBytes(out), (long) end});
                }
            }
            throw new PException((PBaseException) arguments[0], this);
        }
    }

    @Builtin(name = "surrogatepass_errors", parameterNames = "exc", minNumOfPositionalArgs = 1)
    abstract static class SurrogatePassNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            kind(this, arguments[0]);
            throw new PException((PBaseException) arguments[0], this);
        }
    }
}
