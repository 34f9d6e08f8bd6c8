package taipan.runtime.exception;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import taipan.language.TaipanLanguage;
import taipan.runtime.format.FormatError;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The one factory of Python exceptions raised by the runtime: {@code throw PythonErrors.raise(this, TYPE_ERROR,
 * ErrorMessages.X, args)}. Building an exception is a slow path, so it sits behind a boundary and leaves compiled
 * code; {@code location} is the node the traceback points at.
 */
public final class PythonErrors {

    private PythonErrors() {
    }

    @TruffleBoundary
    public static PException raise(Node location, BuiltinType type, String format, Object... args) {
        String message = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        TaipanLanguage language = TaipanLanguage.get(location);
        PythonClass cls = language.getBuiltinClass(type);
        return new PException(new PBaseException(cls, new PTuple(new Object[]{PyStrings.of(message)})), location);
    }

    /** The Python type name of {@code value}, for messages such as "'int' object is not callable". */
    @TruffleBoundary
    public static String typeName(Node location, Object value) {
        return PythonTypes.classOf(TaipanLanguage.get(location), value).getTypeName();
    }

    /** The Python {@code SyntaxError}/{@code IndentationError}/{@code TabError} for a parse failure in {@code source}. */
    @TruffleBoundary
    public static PException syntaxError(TaipanLanguage language, Source source, BuiltinType type, String msg,
                    String filename, int lineno, int offset, int endLineno, int endOffset, String text) {
        return syntaxError(language, source, type, msg, filename, lineno, offset, endLineno, endOffset, text, true);
    }

    /**
     * @param locationInArgs whether {@code args} is {@code (msg, (filename, lineno, offset, text, end_lineno,
     *            end_offset))} as the parser makes it, or just {@code (msg,)} as CPython's compiler stage leaves it
     */
    @TruffleBoundary
    public static PException syntaxError(TaipanLanguage language, Source source, BuiltinType type, String msg,
                    String filename, int lineno, int offset, int endLineno, int endOffset, String text,
                    boolean locationInArgs) {
        PythonClass cls = language.getBuiltinClass(type);
        PTuple details = new PTuple(new Object[]{filename == null ? PNone.NONE : PyStrings.of(filename), (long) lineno,
                        (long) offset, text == null ? PNone.NONE : PyStrings.of(text), (long) endLineno,
                        (long) endOffset});
        PTuple args = new PTuple(locationInArgs ? new Object[]{PyStrings.of(msg), details} : new Object[]{PyStrings.of(msg)});
        PSyntaxError error = new PSyntaxError(cls, args, msg, filename, lineno, offset, endLineno, endOffset, text);
        return new PException(error, source);
    }

    /** A Java exception that must never reach the user became one: report it as Python's {@code SystemError}. */
    public static PException shouldNotReachHere(Node location, String what) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        return raise(location, BuiltinType.SYSTEM_ERROR, "%s", what);
    }

    /** TypeError for a binary operator no operand supports. */
    @TruffleBoundary
    public static PException unsupportedOperands(Node location, String symbol, Object left, Object right) {
        return raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.UNSUPPORTED_OPERAND_TYPES, symbol,
                        typeName(location, left), typeName(location, right));
    }

    /** TypeError for an ordering comparison no operand supports. */
    @TruffleBoundary
    public static PException notSupportedBetween(Node location, String symbol, Object left, Object right) {
        return raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.NOT_SUPPORTED_BETWEEN_INSTANCES, symbol,
                        typeName(location, left), typeName(location, right));
    }

    /** The Python exception a formatting or parsing routine of {@code taipan.runtime.format} reported. */
    @TruffleBoundary
    public static PException fromFormatError(Node location, FormatError error) {
        return byTypeName(location, error.pythonType(), error.getMessage());
    }

    /** The Python exception a list, dict or set storage operation reported. */
    @TruffleBoundary
    public static PException fromContainerError(Node location, taipan.runtime.list.ContainerError error) {
        String message = error.getMessage();
        if (message == null) {
            // KeyError(key): the key itself is args[0]; str() of it shows the key's repr.
            PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.KEY_ERROR);
            return new PException(new PBaseException(cls, new PTuple(new Object[]{error.key()})), location);
        }
        if (error.key() != null && message.contains("%r")) {
            message = message.replace("%r", taipan.runtime.object.Repr.repr(error.key()));
        }
        return byTypeName(location, error.pythonType(), message);
    }

    /** Whether {@code e} is the TypeError "'X' object is not iterable" (callers reword it as CPython does). */
    @TruffleBoundary
    public static boolean isNotIterable(PException e) {
        PBaseException p = e.getPythonException();
        Object[] args = p.getArgs().getItems();
        return p.getType().getBuiltinType() == BuiltinType.TYPE_ERROR && args.length == 1
                        && taipan.runtime.object.Repr.str(args[0]).endsWith("object is not iterable");
    }

    /** An exception of the built-in class named {@code pythonType} (libraries below the nodes name it by text). */
    @TruffleBoundary
    public static PException byTypeName(Node location, String pythonType, String message) {
        BuiltinType type = BY_NAME.getOrDefault(pythonType, BuiltinType.VALUE_ERROR);
        TaipanLanguage language = TaipanLanguage.get(location);
        PythonClass cls = language.getBuiltinClass(type);
        return new PException(new PBaseException(cls, new PTuple(new Object[]{PyStrings.of(message)})), location);
    }

    /**
     * The built-in types by Python name, the first declared winning a shared name: hot exception paths (int("x"),
     * a missing key) name their type by text, and a scan of every type per raise showed in profiles.
     */
    private static final java.util.Map<String, BuiltinType> BY_NAME = byName();

    private static java.util.Map<String, BuiltinType> byName() {
        java.util.Map<String, BuiltinType> map = new java.util.HashMap<>();
        for (BuiltinType t : BuiltinType.values()) {
            map.putIfAbsent(t.getPythonName(), t);
        }
        return map;
    }
}
