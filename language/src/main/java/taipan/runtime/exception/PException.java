package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import taipan.runtime.object.InteropArray;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/**
 * Carries a Python exception object through Java frames. To embedders (and the launcher) it is a guest exception
 * whose message is the last line of CPython's traceback ({@code NameError: name 'x' is not defined}); Truffle's
 * stack trace gives the traceback's frames. A {@code SyntaxError} also exposes {@code msg}, {@code filename},
 * {@code lineno}, {@code offset}, {@code end_lineno}, {@code end_offset} and {@code text} as members.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    private static final String[] SYNTAX_ERROR_MEMBERS = {"msg", "filename", "lineno", "offset", "end_lineno",
                    "end_offset", "text"};

    private final transient PBaseException pythonException;
    /** Where a syntax error is: the exception has no node location, so interop reports this instead. */
    private final transient Source source;

    public PException(PBaseException pythonException, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
        this.source = null;
    }

    public PException(PSyntaxError syntaxError, Source source) {
        super(null, null, UNLIMITED_STACK_TRACE, null);
        this.pythonException = syntaxError;
        this.source = source;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    /** The last line of a CPython traceback for this exception. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        String text = Repr.exceptionStr(pythonException);
        String name = pythonException.getType().getName();
        return text.isEmpty() ? name : name + ": " + text;
    }

    private boolean isSyntaxError() {
        return pythonException instanceof PSyntaxError;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        BuiltinType t = pythonException.getType().getSolidBase();
        if (t == BuiltinType.SYSTEM_EXIT) {
            return ExceptionType.EXIT;
        }
        return isSyntaxError() ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    /** {@code SystemExit}'s status as CPython's {@code handle_system_exit} computes it: None is 0, an int is itself. */
    @ExportMessage
    @TruffleBoundary
    int getExceptionExitStatus() throws UnsupportedMessageException {
        if (getExceptionType() != ExceptionType.EXIT) {
            throw UnsupportedMessageException.create();
        }
        Object code = exitCode();
        if (code == null || code == taipan.runtime.object.PNone.NONE) {
            return 0;
        } else if (code instanceof Long l) {
            return (int) (long) l;
        } else if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 1;
    }

    /** SystemExit's {@code code}: its single argument, its args tuple, or null when it has none. */
    @TruffleBoundary
    public Object exitCode() {
        Object[] args = pythonException.getArgs().getItems();
        return args.length == 0 ? null : args.length == 1 ? args[0] : pythonException.getArgs();
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return findSourceLocation() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection section = findSourceLocation();
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    /**
     * A syntax error's line; else the innermost frame with source: an error raised inside a built-in function (which
     * has none) is reported at the Python call that reached it, as CPython's traceback does.
     */
    private SourceSection findSourceLocation() {
        if (source != null) {
            int line = ((PSyntaxError) pythonException).getLineno();
            if (line < 1 || source.getLineCount() == 0) {
                return null;
            }
            return source.createSection(Math.min(line, source.getLineCount()));
        }
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(this)) {
            Node node = element.getLocation();
            SourceSection section = node == null ? null : node.getEncapsulatingSourceSection();
            if (section != null) {
                return section;
            }
        }
        return null;
    }

    @ExportMessage
    boolean hasMembers() {
        return isSyntaxError();
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) throws UnsupportedMessageException {
        if (!isSyntaxError()) {
            throw UnsupportedMessageException.create();
        }
        return new InteropArray(SYNTAX_ERROR_MEMBERS);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return isSyntaxError() && java.util.Arrays.asList(SYNTAX_ERROR_MEMBERS).contains(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (pythonException instanceof PSyntaxError e) {
            switch (member) {
                case "msg": return e.getMsg();
                case "filename": return e.getFilename() == null ? "" : e.getFilename();
                case "lineno": return e.getLineno();
                case "offset": return e.getOffset();
                case "end_lineno": return e.getEndLineno();
                case "end_offset": return e.getEndOffset();
                case "text": return e.getText() == null ? "" : e.getText();
                default: break;
            }
        }
        throw UnknownIdentifierException.create(member);
    }
}
