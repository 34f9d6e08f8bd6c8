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
import taipan.runtime.object.PNone;
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
    /**
     * How many of the traceback's frames (innermost first) a handler saw, or -1 while no handler caught it: CPython's
     * traceback of a caught exception ends at the frame that caught it, even when printed later as a chained cause.
     */
    private int caughtDepth = -1;
    /** The root whose {@code except} clause first caught this exception, or null. */
    private transient com.oracle.truffle.api.nodes.RootNode catcher;
    /** Where a syntax error is: the exception has no node location, so interop reports this instead. */
    private final transient Source source;

    /** Raises {@code pythonException} at {@code location}: it takes the handled exception as its context. */
    public PException(PBaseException pythonException, Node location) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = pythonException;
        this.source = null;
        PBaseException handled = HandledExceptions.current(location);
        if (handled != null) {
            // only a raise inside a handler chains: the common raise-and-catch path makes no boundary call
            HandledExceptions.chain(pythonException, handled);
        }
        pythonException.setRaised(this);
    }

    /**
     * How many Python frames this carrier has left so far (its frames lazily recorded by Truffle as it unwound):
     * the frames of its traceback below the one it is in now.
     */
    private int framesLeft;
    /** A node of the frame that caught it (the traceback's outermost entry), or null while still travelling. */
    private transient Node catchSite;

    /** The carrier unwound out of a Python frame ({@link #countsInTraceback} roots call this as it passes). */
    public void leftFrame() {
        framesLeft++;
    }

    /** The call (in the frame the carrier is in now) it last came out of, and how many frames it had left then. */
    private transient Node passedCall;
    private int passedCallFrames = -1;

    /**
     * A call site saw this carrier come out of its callee: the node Truffle records as the caller frame's location,
     * kept here too so that a handler can end the traceback in its frame without a stack walk.
     */
    public void passedCall(Node site) {
        passedCall = site;
        passedCallFrames = framesLeft;
    }

    /** The catching frame's entry when recorded without a stack walk: where it was, and at which caught depth. */
    private transient Node catchLocation;
    private int catchLocationDepth = -2;

    /**
     * This caught exception becomes the context of a new one raised at {@code site} (an {@code except} clause, a
     * {@code finally} block, a {@code with} block): its traceback must end in this frame even when read after the
     * frame is gone. Where the frame's line is known without a walk (the exception came out of a call recorded by
     * {@link #passedCall}, or was raised right here) only that is recorded; else the stack is walked now
     * ({@link #fillTraceback}), which costs tens of microseconds per frame on the stack. {@code walk} forces it (a
     * module frame, whose globals the traceback shows).
     */
    @TruffleBoundary
    public void endTracebackAt(Node site, boolean walk) {
        if (traceFilled) {
            return;
        }
        if (!walk && caughtDepth == framesLeft + 1 && catchSite != null) {
            com.oracle.truffle.api.nodes.RootNode root = site.getRootNode();
            Node location = getLocation();
            Node at = passedCall != null && passedCallFrames == framesLeft && passedCall.getRootNode() == root
                            ? passedCall
                            : framesLeft == 0 && location != null && location.getRootNode() == root ? location : null;
            if (at != null && catchSite.getRootNode() == root) {
                catchLocation = at;
                catchLocationDepth = caughtDepth;
                return;
            }
        }
        fillTraceback();
    }

    /** The catching frame's recorded location while it is the traceback's outermost entry, else null. */
    private Node recordedCatchLocation() {
        return catchLocation != null && catchLocationDepth == caughtDepth ? catchLocation : null;
    }

    /** Whether a root with this source is a traceback frame (what {@link #isPythonRoot} says of its target). */
    public static boolean countsInTraceback(SourceSection section) {
        return section != null && !section.getSource().isInternal();
    }

    /**
     * An {@code except} clause or {@code with} block (at {@code site}) caught this exception: its traceback is now
     * the frames it left plus the catching one. No stack walk: the frames stay in the lazily recorded stack trace and
     * are read only when Python asks for {@code __traceback__}.
     */
    public void markCaught(Node site) {
        if (caughtDepth >= 0) {
            return;
        }
        caughtDepth = framesLeft + 1;
        catchSite = site;
    }

    /**
     * Freezes the frames of the traceback while the catching frame is still running: the lazily recorded ones plus
     * the stack below. Needed where the exception may be read from a deeper frame or printed after the frame is gone
     * (the context of a new exception, one handed to {@code __exit__}); else Truffle would add the frames running then.
     */
    @TruffleBoundary
    public void fillTraceback() {
        TruffleStackTrace.fillIn(this);
        traceFilled = true;
    }

    /** Whether the stack trace was filled in (its frames frozen) by Taipan; read by the traceback's first build. */
    private boolean traceFilled;
    /**
     * Frames of the filled stack trace that are no part of the traceback, {@code [excessFrom, excessFrom + excessCount)}:
     * the calls running above the catching frame when Python first read a caught exception's traceback from inside
     * them (an {@code __exit__}, a helper of an {@code except} clause). The entry before them is the catching frame.
     */
    private int excessFrom;
    private int excessCount;
    private transient com.oracle.truffle.api.RootCallTarget catchTarget;

    /**
     * The Python frames of the traceback, innermost first, each as {location, call target, frame}: Truffle's stack
     * trace without the frames of calls that ran above the catching frame when it was filled in.
     */
    @TruffleBoundary
    java.util.List<Object[]> tracebackFrames() {
        Node recorded = recordedCatchLocation();
        boolean first = !traceFilled;
        traceFilled = true;
        java.util.List<Object[]> frames = new java.util.ArrayList<>();
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(this)) {
            if (isPythonRoot(element.getTarget())) {
                frames.add(new Object[]{element.getLocation(), element.getTarget(), element.getFrame()});
            }
        }
        if (recorded != null) {
            // the frames it left were recorded as it unwound; the catching one is the entry recorded when caught
            frames.subList(Math.min(frames.size(), caughtDepth - 1), frames.size()).clear();
            frames.add(new Object[]{recorded, recorded.getRootNode().getCallTarget(), null});
            return frames;
        }
        if (first && caughtDepth >= 1 && catchSite != null && catchSite.getRootNode() != null) {
            findExcess(frames, catchSite.getRootNode().getCallTarget());
        }
        if (excessCount > 0 && excessFrom <= frames.size()) {
            // the catching frame: the location recorded as the exception unwound into it, in its own root
            Object[] caught = frames.get(excessFrom - 1);
            frames.set(excessFrom - 1, new Object[]{caught[0], catchTarget, null});
            frames.subList(excessFrom, Math.min(frames.size(), excessFrom + excessCount)).clear();
        }
        return frames;
    }

    /** Finds the frames between the first one walked now (the lazily recorded ones come before) and the catching one. */
    private void findExcess(java.util.List<Object[]> frames, com.oracle.truffle.api.RootCallTarget target) {
        int walked = caughtDepth - 1;
        if (walked >= frames.size() || frames.get(walked)[1] == target) {
            return;
        }
        for (int j = walked + 1; j < frames.size(); j++) {
            if (frames.get(j)[1] == target) {
                excessFrom = walked + 1;
                excessCount = j - walked;
                catchTarget = target;
                return;
            }
        }
    }

    /** A node in the frame that caught this exception, or null (its root is the traceback's outermost frame). */
    Node getCatchSite() {
        return catchSite;
    }

    /**
     * An {@code except} clause in {@code root} caught this exception: a cheap record (no stack walk) that lets the
     * launcher end the traceback of an exception printed later (a group's member) at the catching frame.
     */
    public void setCatcher(com.oracle.truffle.api.nodes.RootNode root) {
        if (catcher == null) {
            catcher = root;
        }
    }

    /**
     * The traceback the exception had when raised with this carrier (a traceback, or the earlier carrier it is
     * built from); this carrier's frames are put in front of it. Null when it had none.
     */
    private transient Object priorTraceback;

    void setPriorTraceback(Object prior) {
        this.priorTraceback = prior;
    }

    Object getPriorTraceback() {
        return priorTraceback;
    }

    /** The traceback object last built from this carrier, and the caught depth it was built at. */
    private transient Object tracebackObject;
    private int tracebackObjectDepth = -2;

    /** The cached traceback object, or null when none was built at the current depth. */
    Object cachedTraceback() {
        return tracebackObjectDepth == caughtDepth ? tracebackObject : null;
    }

    void cacheTraceback(Object traceback) {
        this.tracebackObject = traceback;
        this.tracebackObjectDepth = caughtDepth;
    }

    /** How many frames (innermost first) the traceback has once caught, or -1 while still travelling. */
    public int getCaughtDepth() {
        return caughtDepth;
    }

    /** A bare {@code raise} (or an unsuppressing {@code __exit__}) lets it travel on: its traceback grows again. */
    public void markReraised() {
        caughtDepth = -1;
        catcher = null;
        catchSite = null;
        catchLocation = null; // the catching frame is recorded by Truffle again as the carrier leaves it
    }

    static boolean isPythonRoot(com.oracle.truffle.api.CallTarget target) {
        if (!(target instanceof com.oracle.truffle.api.RootCallTarget root) || root.getRootNode().isInternal()) {
            return false;
        }
        SourceSection section = root.getRootNode().getSourceSection();
        return section != null && !section.getSource().isInternal();
    }

    /** A carrier for an exception that was never raised (a chained cause printed by the launcher): no frames. */
    @TruffleBoundary
    public static PException carrierOf(PBaseException exception) {
        PException raised = exception.getRaised();
        return raised != null ? raised : new PException(exception);
    }

    /**
     * A carrier at {@code location} that leaves the exception's context and traceback as they are: what
     * {@code except*} raises again (a group it derived, or one of its parts) and hands to its clauses.
     */
    @TruffleBoundary
    public static PException unchained(PBaseException exception, Node location) {
        PException carrier = new PException(exception, location, true);
        if (exception.getTracebackCarrier() == null) {
            exception.setRaised(carrier);
        }
        return carrier;
    }

    /**
     * What {@code throw()} passed into a generator, raised again at the suspension point ({@code location}, in the
     * generator's frame): its traceback starts there, in front of the one it had, as CPython's {@code _gen_throw}
     * raises it in the generator's frame. The exception's context is left as it is.
     */
    @TruffleBoundary
    public PException raisedAt(Node location) {
        PException carrier = new PException(pythonException, location, true);
        carrier.priorTraceback = priorTraceback;
        pythonException.replaceRaised(carrier);
        return carrier;
    }

    private PException(PBaseException exception, Node location, @SuppressWarnings("unused") boolean unchained) {
        super(null, null, UNLIMITED_STACK_TRACE, location);
        this.pythonException = exception;
        this.source = null;
    }

    private PException(PBaseException exception) {
        super(null, null, UNLIMITED_STACK_TRACE, null);
        this.pythonException = exception;
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
        String text = pythonException instanceof PSyntaxError e ? e.getMsg() : Repr.exceptionStr(pythonException);
        String name = qualifiedName(pythonException.getType());
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** The class as a traceback names it: {@code module.qualname} unless the module is builtins or __main__. */
    private static String qualifiedName(taipan.runtime.type.PythonClass type) {
        Object module = type.isBuiltin() ? type.getBuiltinType().getModuleName() : type.getOwnAttribute("__module__");
        String m = module instanceof com.oracle.truffle.api.strings.TruffleString ts ? ts.toJavaStringUncached()
                        : module instanceof String s ? s : null;
        if (m == null || m.equals("builtins") || m.equals("__main__")) {
            return type.isBuiltin() ? type.getName() : type.getQualname();
        }
        return m + "." + type.getQualname();
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
        Node recorded = recordedCatchLocation();
        return recorded == null ? null : recorded.getEncapsulatingSourceSection();
    }

    /** What the launcher's traceback printer reads of any exception: its chain, its notes, its "Did you mean". */
    private static final String[] CHAIN_MEMBERS = {"__cause__", "__context__", "__suppress_context__", "__notes__",
                    "__traceback_depth__", "__traceback_catcher__", "__traceback_catch__", "__exceptions__",
                    "__suggestion__"};

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new InteropArray(isSyntaxError() ? SYNTAX_ERROR_MEMBERS : CHAIN_MEMBERS);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return java.util.Arrays.asList(isSyntaxError() ? SYNTAX_ERROR_MEMBERS : CHAIN_MEMBERS).contains(member);
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
        switch (member) {
            case "__cause__": return chained(pythonException.getCause());
            case "__context__": return chained(pythonException.getContext());
            case "__suppress_context__": return pythonException.getSuppressContext();
            case "__notes__": return notes();
            case "__traceback_depth__": return caughtDepth;
            case "__traceback_catcher__": return catcher == null ? PNone.NONE : catcherName();
            case "__traceback_catch__": return catchEntry();
            case "__exceptions__": return groupMembers();
            case "__suggestion__": return SuggestionText.of(pythonException);
            default: throw UnknownIdentifierException.create(member);
        }
    }

    /**
     * The catching frame's traceback entry when it was recorded without a stack walk (the launcher's stack trace then
     * ends at the frames the exception left), or None.
     */
    private Object catchEntry() {
        Node recorded = recordedCatchLocation();
        SourceSection section = recorded == null ? null : recorded.getEncapsulatingSourceSection();
        if (section == null) {
            return PNone.NONE;
        }
        String name = recorded.getRootNode().getName();
        return new TracebackEntry(section, name == null || name.isEmpty() ? "<module>" : name);
    }

    private String catcherName() {
        String name = catcher.getName();
        return name == null || name.isEmpty() ? "<module>" : name;
    }

    /** A group's members as carriers (each with its own traceback), or None when this is no group. */
    private Object groupMembers() {
        Object members = pythonException.getField("exceptions");
        if (!(members instanceof taipan.runtime.object.PTuple tuple)) {
            return PNone.NONE;
        }
        Object[] items = tuple.getItems();
        Object[] carriers = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            carriers[i] = carrierOf((PBaseException) items[i]);
        }
        return new InteropArray(carriers);
    }

    private static Object chained(PBaseException exception) {
        return exception == null ? PNone.NONE : carrierOf(exception);
    }

    /**
     * The notes as host strings (a note that is not a str prints as its str, as CPython's traceback does); a
     * {@code __notes__} that is not a list or tuple prints as its repr, in one line.
     */
    private Object notes() {
        Object notes = pythonException.getNotes();
        Object[] items;
        if (notes == null) {
            return PNone.NONE;
        } else if (notes instanceof taipan.runtime.object.PList list) {
            items = list.getStorage().toArray(taipan.language.TaipanLanguage.get(null).threadingMode());
        } else if (notes instanceof taipan.runtime.object.PTuple tuple) {
            items = tuple.getItems();
        } else {
            return new InteropArray(new Object[]{Repr.repr(notes)});
        }
        Object[] texts = new Object[items.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = Repr.str(items[i]);
        }
        return new InteropArray(texts);
    }
}
