package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The data attributes of built-in exceptions (the member and getset descriptors of {@code Objects/exceptions.c}):
 * {@code args}, the chain, {@code __notes__}, and the fields of {@code StopIteration}, {@code SystemExit},
 * {@code OSError}, {@code ImportError}, {@code NameError}, {@code AttributeError} and {@code SyntaxError}.
 */
public final class ExceptionAttributes {

    private ExceptionAttributes() {
    }

    /** The attribute's value, or null when {@code e}'s type has no such data attribute (the caller looks further). */
    @TruffleBoundary
    public static Object get(PBaseException e, String name) {
        switch (name) {
            case "args": return e.getArgs();
            case "__cause__": return orNone(e.getCause());
            case "__context__": return orNone(e.getContext());
            case "__suppress_context__": return e.getSuppressContext();
            case "__traceback__": return PTraceback.of(e);
            default: return field(e, builtinBase(e.getType()), name);
        }
    }

    /**
     * Whether instances of {@code type} may have a built-in data attribute {@code name} (one {@link #get} or the
     * generic paths answer). Any other name of an exception instance is an ordinary instance-dict attribute, which
     * attribute nodes may read and write through the shape like a plain object's.
     */
    public static boolean isDataAttribute(PythonClass type, String name) {
        return switch (name) {
            case "args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__", "__dict__",
                 "__class__", "__weakref__" -> true;
            default -> hasField(builtinBase(type), name);
        };
    }

    /** The names {@link #field} answers for {@code base}, the same walk without an instance. */
    private static boolean hasField(BuiltinType base, String name) {
        if (base == null) {
            return false;
        }
        return switch (base) {
            case STOP_ITERATION -> name.equals("value");
            case SYSTEM_EXIT -> name.equals("code");
            case SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR ->
                isOneOf(name, "msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text");
            case OS_ERROR -> isOneOf(name, "errno", "strerror", "filename", "filename2", "winerror");
            case IMPORT_ERROR, MODULE_NOT_FOUND_ERROR -> isOneOf(name, "name", "path", "name_from", "msg");
            case NAME_ERROR, UNBOUND_LOCAL_ERROR -> name.equals("name");
            case BASE_EXCEPTION_GROUP, EXCEPTION_GROUP -> isOneOf(name, "message", "exceptions");
            case ATTRIBUTE_ERROR -> isOneOf(name, "name", "obj");
            case UNICODE_ENCODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_TRANSLATE_ERROR ->
                isOneOf(name, "encoding", "object", "start", "end", "reason");
            default -> base.getBase() != null && base.getBase().isException() && hasField(base.getBase(), name);
        };
    }

    private static Object field(PBaseException e, BuiltinType base, String name) {
        if (base == null) {
            return null;
        }
        Object[] args = e.getArgs().getItems();
        return switch (base) {
            case STOP_ITERATION -> name.equals("value") ? assignedOr(e, name, args.length == 0 ? PNone.NONE : args[0]) : null;
            case SYSTEM_EXIT -> name.equals("code") ? assignedOr(e, name, systemExitCode(e)) : null;
            case SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR -> syntaxField(e, name);
            case OS_ERROR -> isOneOf(name, "errno", "strerror", "filename", "filename2", "winerror") ? stored(e, name) : null;
            case IMPORT_ERROR, MODULE_NOT_FOUND_ERROR -> isOneOf(name, "name", "path", "name_from", "msg")
                            ? (name.equals("msg") && e.getField("msg") == null ? (args.length == 1 ? args[0] : PNone.NONE) : stored(e, name)) : null;
            case NAME_ERROR, UNBOUND_LOCAL_ERROR -> name.equals("name") ? stored(e, name) : null;
            case BASE_EXCEPTION_GROUP, EXCEPTION_GROUP -> isOneOf(name, "message", "exceptions") ? stored(e, name) : null;
            case ATTRIBUTE_ERROR -> isOneOf(name, "name", "obj") ? stored(e, name) : null;
            case UNICODE_ENCODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_TRANSLATE_ERROR ->
                isOneOf(name, "encoding", "object", "start", "end", "reason") ? stored(e, name) : null;
            default -> base.getBase() != null && base.getBase().isException() ? field(e, base.getBase(), name) : null;
        };
    }

    /** A member assigned after construction ({@code e.code = 3}, kept by the setter as a field), else its initial value. */
    private static Object assignedOr(PBaseException e, String name, Object initial) {
        Object assigned = e.getField(name);
        return assigned != null ? assigned : initial;
    }

    /** {@code SystemExit.code}: None without arguments, the argument, or the args tuple when there are several. */
    private static Object systemExitCode(PBaseException e) {
        Object[] args = e.getArgs().getItems();
        return args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : e.getArgs();
    }

    private static Object syntaxField(PBaseException e, String name) {
        if (e instanceof PSyntaxError s) {
            return switch (name) {
                case "msg" -> PyStrings.of(s.getMsg());
                case "filename" -> s.getFilename() == null ? PNone.NONE : PyStrings.of(s.getFilename());
                case "lineno" -> (long) s.getLineno();
                case "offset" -> (long) s.getOffset();
                case "end_lineno" -> (long) s.getEndLineno();
                case "end_offset" -> (long) s.getEndOffset();
                case "text" -> s.getText() == null ? PNone.NONE : PyStrings.of(s.getText());
                default -> null;
            };
        }
        Object[] args = e.getArgs().getItems();
        return switch (name) {
            case "msg" -> args.length >= 1 ? args[0] : PNone.NONE;
            case "filename", "lineno", "offset", "end_lineno", "end_offset", "text" -> stored(e, name);
            default -> null;
        };
    }

    private static Object stored(PBaseException e, String name) {
        Object value = e.getField(name);
        return value == null ? PNone.NONE : value;
    }

    private static boolean isOneOf(String name, String... names) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Object orNone(PBaseException e) {
        return e == null ? PNone.NONE : e;
    }

    /** The built-in exception class a (possibly user-defined) exception class derives from, nearest first. */
    public static BuiltinType builtinBase(PythonClass type) {
        for (PythonClass c : type.getMro()) {
            if (c.getBuiltinType() != null) {
                return c.getBuiltinType();
            }
        }
        return null;
    }
}
