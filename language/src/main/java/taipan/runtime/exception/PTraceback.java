package taipan.runtime.exception;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.runtime.frame.PFrame;
import taipan.runtime.function.CodePositions;
import taipan.runtime.function.PCode;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * A traceback entry (type {@code traceback}): one frame the exception passed through and the line it was at, and
 * the next entry towards where it was raised. Built from the carrier's lazily recorded Truffle stack trace only
 * when Python reads an entry, so raising, catching and handing a traceback to {@code __exit__} cost nothing more.
 */
public final class PTraceback {

    private PFrame frame;
    private int line;
    private Object next;
    /**
     * Until first read: the carrier whose caught frames this traceback is, how many of them, and the traceback in
     * front of which they go. Null once materialised (or for an entry built directly).
     */
    private PException pending;
    private int pendingDepth;
    private Node pendingCatchSite;

    public PTraceback(PFrame frame, int line, Object next) {
        this.frame = frame;
        this.line = line;
        this.next = next;
    }

    /** A traceback read from a caught carrier, materialised from its recorded frames only when Python looks at it. */
    private PTraceback(PException carrier, int depth, Node catchSite, Object prior) {
        this.pending = carrier;
        this.pendingDepth = depth;
        this.pendingCatchSite = catchSite;
        this.next = prior;
    }

    /** Builds the entries of a lazily read traceback: this object becomes the outermost one. */
    @TruffleBoundary
    private void materialize() {
        PException carrier = pending;
        if (carrier == null) {
            return;
        }
        pending = null;
        Object built = fromCarrier(carrier, pendingDepth, pendingCatchSite, next);
        pendingCatchSite = null;
        if (built instanceof PTraceback head) {
            head.materialize();
            this.frame = head.frame;
            this.line = head.line;
            this.next = head.next;
        } else {
            // no Python frame was recorded (raised and caught outside Python code): an entry without a frame
            this.line = -1;
        }
    }

    public BuiltinType getBuiltinType() {
        return BuiltinType.TRACEBACK;
    }

    public Object getNext() {
        materialize();
        return next;
    }

    /** {@code tb.tb_next = value} (None or a traceback, checked by the caller). */
    public void setNext(Object value) {
        materialize();
        this.next = value;
    }

    public static boolean isAttribute(String name) {
        return switch (name) {
            case "tb_frame", "tb_lineno", "tb_lasti", "tb_next" -> true;
            default -> false;
        };
    }

    public Object get(String name) {
        materialize();
        return switch (name) {
            case "tb_frame" -> frame == null ? PNone.NONE : frame;
            case "tb_lineno" -> (long) line;
            case "tb_lasti" -> 0L;
            case "tb_next" -> next;
            default -> null;
        };
    }

    /** The traceback of {@code e}: its explicitly assigned one, else the frames it was raised through, or None. */
    @TruffleBoundary
    public static Object of(PBaseException e) {
        Object assigned = e.getAssignedTraceback();
        if (assigned != null) {
            return assigned;
        }
        PException carrier = e.getTracebackCarrier();
        if (carrier == null) {
            return PNone.NONE;
        }
        return ofCarrier(carrier);
    }

    /** The traceback of a carrier: its frames in front of the traceback the exception had before. */
    private static Object ofCarrier(PException carrier) {
        // the same object on every read while the traceback does not grow ('e.__traceback__ is tb')
        Object tb = carrier.cachedTraceback();
        if (tb == null) {
            Object prior = carrier.getPriorTraceback();
            prior = prior instanceof PException earlier ? ofCarrier(earlier) : prior == null ? PNone.NONE : prior;
            int depth = carrier.getCaughtDepth();
            // a caught carrier's frames are fixed: read them when Python does; a travelling one's now
            tb = depth >= 1 ? new PTraceback(carrier, depth, carrier.getCatchSite(), prior)
                            : fromCarrier(carrier, depth, null, prior);
            carrier.cacheTraceback(tb);
        }
        return tb;
    }

    /**
     * Outermost first: the Python frames of the carrier's stack trace, {@code depth} of them (all while it travels,
     * depth -1). The outermost caught one is the frame of {@code catchSite} when known: read later, Truffle's stack
     * trace puts the frame running then in its place (with the right line, the one recorded as it unwound).
     */
    private static Object fromCarrier(PException carrier, int depth, Node catchSite, Object prior) {
        List<Object[]> frames = carrier.tracebackFrames();
        int count = depth >= 0 ? Math.min(depth, frames.size()) : frames.size();
        Object next = prior;
        for (int i = 0; i < count; i++) {
            Node location = (Node) frames.get(i)[0];
            RootCallTarget target = (RootCallTarget) frames.get(i)[1];
            Frame captured = (Frame) frames.get(i)[2];
            if (i == depth - 1 && catchSite != null && catchSite.getRootNode() != null
                            && catchSite.getRootNode().getCallTarget() != target) {
                target = catchSite.getRootNode().getCallTarget();
                captured = null;
            }
            int line = lineOf(location);
            PCode code = codeOf(target);
            CodePositions.record(code, location == null ? null : location.getEncapsulatingSourceSection());
            next = new PTraceback(frameOf(captured, i == 0 ? carrier.getPythonException().getRaisingScope() : null,
                            code, line), line, next);
        }
        return next;
    }

    /**
     * The frame object of a traceback entry: its globals and locals where they are known (the scope a name lookup
     * raised in, which the {@code traceback} module's suggestions read, or a module frame Truffle captured).
     */
    private static PFrame frameOf(Frame frame, Object[] scope, PCode code, int line) {
        if (scope != null) {
            Object locals = scope[0] == null ? scope[1] : scope[0];
            return new PFrame(code, scope[1], () -> locals, line, PNone.NONE);
        }
        if (frame != null && frame.getFrameDescriptor().getNumberOfSlots() > 0
                        && frame.getValue(0) instanceof taipan.runtime.module.PythonModule module) {
            Object globals = module.getDict();
            return new PFrame(code, globals, () -> globals, line, PNone.NONE);
        }
        // a frame that is gone: its variables are not known, but f_locals and f_globals are mappings, as in
        // CPython (traceback's NameError suggestions list them); its globals are its module's
        Object globals = moduleGlobals(fileOf(code));
        return new PFrame(code, globals != null ? globals : new taipan.runtime.object.PDict(),
                        taipan.runtime.object.PDict::new, line, PNone.NONE);
    }

    /**
     * The dict of the module in {@code sys.modules} loaded from {@code file}, or null. Function frames are not
     * captured for tracebacks (that would materialise every frame an exception unwinds through), so a gone frame's
     * {@code f_globals} is found by its code's file when Python reads it, which is what {@code linecache} and
     * {@code traceback} use it for.
     */
    @TruffleBoundary
    private static Object moduleGlobals(String file) {
        taipan.language.PythonContext context = taipan.language.PythonContext.get(null);
        if (file == null || context == null) {
            return null;
        }
        Object[] modules = context.getModules().getDict().getStorage()
                        .snapshot(taipan.language.TaipanLanguage.get(null).threadingMode())[1];
        for (Object value : modules) {
            if (value instanceof taipan.runtime.module.PythonModule module
                            && module.getAttribute("__file__") instanceof com.oracle.truffle.api.strings.TruffleString f
                            && file.equals(taipan.runtime.str.PyStrings.toJava(f))) {
                return module.getDict();
            }
        }
        return null;
    }

    private static String fileOf(PCode code) {
        if (!(code.getCallTarget() instanceof RootCallTarget target) || target.getRootNode().getSourceSection() == null) {
            return null;
        }
        com.oracle.truffle.api.source.Source source = target.getRootNode().getSourceSection().getSource();
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    /** A code object naming the frame's function and file (what {@code f_code.co_name} reads). */
    static PCode codeOf(RootCallTarget target) {
        RootNode root = target.getRootNode();
        SourceSection section = root.getSourceSection();
        String file = section == null ? "<unknown>" : section.getSource().getPath() != null
                        ? section.getSource().getPath() : section.getSource().getName();
        return PCode.ofFrame(target, root.getName(), file, section == null ? 0 : section.getStartLine());
    }

    private static int lineOf(Node location) {
        SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
        return section == null ? -1 : section.getStartLine();
    }

    @Override
    public String toString() {
        return "<traceback object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
