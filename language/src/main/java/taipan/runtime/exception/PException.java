package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
        BuiltinType t = pythonException.getType().getBuiltinType();
        if (t == BuiltinType.SYSTEM_EXIT) {
            return ExceptionType.EXIT;
        }
        return isSyntaxError() ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
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
    boolean hasSourceLocation() {
        return source != null && ((PSyntaxError) pythonException).getLineno() > 0;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (!hasSourceLocation()) {
            throw UnsupportedMessageException.create();
        }
        int line = Math.min(((PSyntaxError) pythonException).getLineno(), Math.max(1, source.getLineCount()));
        return source.getLineCount() == 0 ? source.createUnavailableSection() : source.createSection(line);
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
