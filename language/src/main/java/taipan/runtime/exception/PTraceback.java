package taipan.runtime.exception;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
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
 * the next entry towards where it was raised. Built lazily from the carrier's Truffle stack trace when
 * {@code __traceback__} or {@code sys.exc_info()} asks, so raising costs nothing more.
 */
public final class PTraceback {

    private final PFrame frame;
    private final int line;
    private Object next;

    public PTraceback(PFrame frame, int line, Object next) {
        this.frame = frame;
        this.line = line;
        this.next = next;
    }

    public BuiltinType getBuiltinType() {
        return BuiltinType.TRACEBACK;
    }

    public Object getNext() {
        return next;
    }

    /** {@code tb.tb_next = value} (None or a traceback, checked by the caller). */
    public void setNext(Object value) {
        this.next = value;
    }

    public static boolean isAttribute(String name) {
        return switch (name) {
            case "tb_frame", "tb_lineno", "tb_lasti", "tb_next" -> true;
            default -> false;
        };
    }

    public Object get(String name) {
        return switch (name) {
            case "tb_frame" -> frame;
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
            tb = fromCarrier(carrier, prior instanceof PException earlier ? ofCarrier(earlier) : prior == null ? PNone.NONE : prior);
            carrier.cacheTraceback(tb);
        }
        return tb;
    }

    /** Outermost first: the Python frames of the carrier's stack trace, up to the one that caught it. */
    private static Object fromCarrier(PException carrier, Object prior) {
        List<TruffleStackTraceElement> elements = new ArrayList<>();
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(carrier)) {
            if (PException.isPythonRoot(element.getTarget())) {
                elements.add(element);
            }
        }
        int depth = carrier.getCaughtDepth();
        int count = depth >= 0 ? Math.min(depth, elements.size()) : elements.size();
        Object next = prior;
        for (int i = 0; i < count; i++) {
            Node location = elements.get(i).getLocation();
            int line = lineOf(location);
            PCode code = codeOf(elements.get(i));
            CodePositions.record(code, location == null ? null : location.getEncapsulatingSourceSection());
            next = new PTraceback(frameOf(elements.get(i), i == 0 ? carrier.getPythonException().getRaisingScope() : null,
                            code, line), line, next);
        }
        return next;
    }

    /**
     * The frame object of a traceback entry: its globals and locals where they are known (the scope a name lookup
     * raised in, which the {@code traceback} module's suggestions read, or a module frame Truffle captured).
     */
    private static PFrame frameOf(TruffleStackTraceElement element, Object[] scope, PCode code, int line) {
        if (scope != null) {
            Object locals = scope[0] == null ? scope[1] : scope[0];
            return new PFrame(code, scope[1], () -> locals, line, PNone.NONE);
        }
        com.oracle.truffle.api.frame.Frame frame = element.getFrame();
        if (frame != null && frame.getFrameDescriptor().getNumberOfSlots() > 0
                        && frame.getValue(0) instanceof taipan.runtime.module.PythonModule module) {
            Object globals = module.getDict();
            return new PFrame(code, globals, () -> globals, line, PNone.NONE);
        }
        // a frame that is gone: its variables are not known, but f_locals and f_globals are mappings, as in
        // CPython (traceback's NameError suggestions list them)
        return new PFrame(code, new taipan.runtime.object.PDict(), taipan.runtime.object.PDict::new, line, PNone.NONE);
    }

    /** A code object naming the frame's function and file (what {@code f_code.co_name} reads). */
    static PCode codeOf(TruffleStackTraceElement element) {
        RootNode root = element.getTarget().getRootNode();
        SourceSection section = root.getSourceSection();
        String file = section == null ? "<unknown>" : section.getSource().getPath() != null
                        ? section.getSource().getPath() : section.getSource().getName();
        return PCode.ofFrame(element.getTarget(), root.getName(), file, section == null ? 0 : section.getStartLine());
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
