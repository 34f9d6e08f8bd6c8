package taipan.nodes.control;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;
import taipan.nodes.generator.GeneratorFrame;
import taipan.nodes.generator.YieldException;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;

/**
 * {@link TryStarNode} in a generator or coroutine body with a yield (an {@code await}) inside. The frame records
 * which part yielded: the body (0), clause {@code k} ({@code k + 1}) or the {@code else} clause (clauses + 1); a
 * clause that yields keeps the group's progress (the rest still to match, what clauses raised) in a second slot.
 */
public final class GeneratorTryStarNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    /** Null without {@code else}. */
    @Child private StatementNode orelse;
    private final int stateSlot;
    private final int progressSlot;

    /** How far the clauses got with one caught exception. */
    private static final class Progress {
        final PException caught;
        PBaseException rest;
        final List<Object> raised = new ArrayList<>();

        Progress(PException caught) {
            this.caught = caught;
            this.rest = caught.getPythonException();
        }
    }

    public GeneratorTryStarNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse,
                    int stateSlot, int progressSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
        this.progressSlot = progressSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = GeneratorFrame.isResuming(frame) ? frame.getInt(stateSlot) : 0;
        if (state == 0) {
            try {
                body.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, 0);
                throw e;
            } catch (PException e) {
                handle(frame, newProgress(e), -1);
                return;
            }
        } else if (state <= handlers.length) {
            handle(frame, (Progress) frame.getObject(progressSlot), state - 1);
            return;
        }
        if (orelse != null) {
            try {
                orelse.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, handlers.length + 1);
                throw e;
            }
        }
    }

    @TruffleBoundary
    private static Progress newProgress(PException e) {
        return new Progress(e);
    }

    /** The clauses from the first, or from clause {@code resumed} (suspended in it) on. */
    @ExplodeLoop
    private void handle(VirtualFrame frame, Progress p, int resumed) {
        for (int k = 0; k < handlers.length; k++) {
            if (k < resumed) {
                continue;
            }
            PException carrier = null;
            if (k != resumed) {
                if (p.rest == null) {
                    break;
                }
                PBaseException[] parts = TryStarNode.match(this, p.rest, handlers[k].starType(frame));
                if (parts[0] == null) {
                    continue;
                }
                p.rest = parts[1];
                carrier = PException.unchained(parts[0], handlers[k]);
                carrier.setCatcher(getRootNode());
                carrier.markCaught(handlers[k]);
                carrier.fillTraceback();
            }
            runClause(frame, p, k, carrier);
        }
        frame.setObject(progressSlot, null);
        PException result = TryStarNode.reraise(this, p.caught, p.raised, p.rest);
        if (result != null) {
            throw result;
        }
    }

    /** @param carrier the part the clause handles; null when resuming the clause after a yield */
    private void runClause(VirtualFrame frame, Progress p, int k, PException carrier) {
        try {
            handlers[k].runResumable(frame, carrier);
        } catch (YieldException y) {
            frame.setInt(stateSlot, k + 1);
            frame.setObject(progressSlot, p);
            throw y;
        } catch (PException r) {
            add(p.raised, r);
        }
    }

    @TruffleBoundary
    private static void add(List<Object> list, Object value) {
        list.add(value);
    }
}
