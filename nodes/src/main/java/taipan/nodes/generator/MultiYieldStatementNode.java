package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;

/**
 * A simple statement with several yields ({@code z = [(yield 1), (yield 2)]}). A resumption runs it again from the
 * start; each yield that already completed in this execution replays its result from its memo slot instead of
 * yielding again, so the statement continues at the yield that suspended it.
 */
public final class MultiYieldStatementNode extends StatementNode {

    @Child private StatementNode statement;
    private final int[] memoSlots;

    public MultiYieldStatementNode(StatementNode statement, int[] memoSlots) {
        this.statement = statement;
        this.memoSlots = memoSlots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!GeneratorFrame.isResuming(frame)) {
            clear(frame);
        }
        boolean suspended = false;
        try {
            statement.executeVoid(frame);
        } catch (YieldException e) {
            suspended = true;
            throw e;
        } finally {
            if (!suspended) {
                clear(frame);
            }
        }
    }

    @ExplodeLoop
    private void clear(VirtualFrame frame) {
        for (int slot : memoSlots) {
            frame.setObject(slot, null);
        }
    }
}
