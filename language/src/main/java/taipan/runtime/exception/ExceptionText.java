package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** {@code str()} and {@code repr()} of built-in exceptions, by CPython's rules in {@code Objects/exceptions.c}. */
public final class ExceptionText {

    private ExceptionText() {
    }

    /** {@code BaseException.__str__} and the overrides of KeyError, OSError and the ImportError family. */
    @TruffleBoundary
    public static String str(PBaseException e) {
        BuiltinType base = ExceptionAttributes.builtinBase(e.getType());
        Object[] args = e.getArgs().getItems();
        if (e instanceof PSyntaxError s) {
            return syntaxErrorStr(s);
        } else if (isA(base, BuiltinType.OS_ERROR)) {
            String os = osErrorStr(e);
            if (os != null) {
                return os;
            }
        } else if (base == BuiltinType.BASE_EXCEPTION_GROUP || base == BuiltinType.EXCEPTION_GROUP) {
            return groupStr(e);
        } else if (base == BuiltinType.KEY_ERROR && args.length == 1) {
            return Repr.repr(args[0]); // KeyError_str: the missing key's repr
        } else if (isA(base, BuiltinType.IMPORT_ERROR) && e.getField("msg") instanceof com.oracle.truffle.api.strings.TruffleString msg) {
            return taipan.runtime.str.PyStrings.toJava(msg); // ImportError_str: the msg attribute when it is a str
        } else if (isA(base, BuiltinType.UNICODE_ERROR) && args.length > 1 && e.getField("object") != null) {
            return unicodeErrorStr(e, base);
        }
        if (args.length == 0) {
            return "";
        }
        return args.length == 1 ? Repr.str(args[0]) : Repr.repr(e.getArgs());
    }

    /** {@code UnicodeEncodeError_str} and its siblings, from the attributes. */
    private static String unicodeErrorStr(PBaseException e, BuiltinType base) {
        Object object = e.getField("object");
        long start = e.getField("start") instanceof Long l ? l : 0;
        long end = e.getField("end") instanceof Long l ? l : 0;
        String reason = Repr.str(e.getField("reason"));
        String encoding = base == BuiltinType.UNICODE_TRANSLATE_ERROR ? null : Repr.str(e.getField("encoding"));
        String verb = base == BuiltinType.UNICODE_ENCODE_ERROR ? "encode" : base == BuiltinType.UNICODE_DECODE_ERROR ? "decode" : "translate";
        String prefix = encoding == null ? "can't " : "'" + encoding + "' codec can't ";
        if (end == start + 1 && object instanceof taipan.runtime.bytes.PBytesLike b && start < b.length()) {
            return String.format("%s%s byte 0x%02x in position %d: %s", prefix, verb, b.get((int) start), start, reason);
        }
        if (end == start + 1 && object instanceof com.oracle.truffle.api.strings.TruffleString s && start < taipan.runtime.str.StrCodePoints.length(s)) {
            int cp = taipan.runtime.str.StrCodePoints.codePointAt(s, (int) start);
            String ch = cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return String.format("%s%s character '%s' in position %d: %s", prefix, verb, ch, start, reason);
        }
        String what = base == BuiltinType.UNICODE_DECODE_ERROR ? "bytes" : "characters";
        return String.format("%s%s %s in position %d-%d: %s", prefix, verb, what, start, end - 1, reason);
    }

    /** CPython's {@code SyntaxError_str}: the message, then where (the file's base name and the line). */
    private static String syntaxErrorStr(PSyntaxError e) {
        String file = e.getFilename();
        if (file != null) {
            file = file.substring(file.lastIndexOf('/') + 1);
        }
        if (file != null && e.getLineno() > 0) {
            return e.getMsg() + " (" + file + ", line " + e.getLineno() + ")";
        } else if (file != null) {
            return e.getMsg() + " (" + file + ")";
        } else if (e.getLineno() > 0) {
            return e.getMsg() + " (line " + e.getLineno() + ")";
        }
        return e.getMsg();
    }

    /** BaseExceptionGroup_str: {@code message (N sub-exceptions)}. */
    private static String groupStr(PBaseException e) {
        Object message = e.getField("message");
        Object exceptions = e.getField("exceptions");
        if (message == null || !(exceptions instanceof taipan.runtime.object.PTuple tuple)) {
            return "";
        }
        int n = tuple.getItems().length;
        return Repr.str(message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    /** {@code BaseException.__repr__}: {@code Name(arg)} for one argument, else the class name and the args tuple. */
    @TruffleBoundary
    public static String repr(PBaseException e) {
        Object[] args = e.getArgs().getItems();
        String name = e.getType().getName();
        return args.length == 1 ? name + "(" + Repr.repr(args[0]) + ")" : name + Repr.repr(e.getArgs());
    }

    /** OSError_str: {@code [Errno N] text: 'file' -> 'file2'} when errno and strerror are set, else null. */
    private static String osErrorStr(PBaseException e) {
        Object errno = e.getField("errno");
        Object strerror = e.getField("strerror");
        Object filename = e.getField("filename");
        Object filename2 = e.getField("filename2");
        if (isSet(filename)) {
            String head = "[Errno " + Repr.str(orNone(errno)) + "] " + Repr.str(orNone(strerror)) + ": "
                            + Repr.repr(filename);
            return isSet(filename2) ? head + " -> " + Repr.repr(filename2) : head;
        }
        if (isSet(errno) && isSet(strerror)) {
            return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
        }
        return null;
    }

    private static boolean isSet(Object value) {
        return value != null && value != PNone.NONE;
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }

    private static boolean isA(BuiltinType type, BuiltinType base) {
        for (BuiltinType t = type; t != null; t = t.getBase()) {
            if (t == base) {
                return true;
            }
        }
        return false;
    }
}
