package taipan.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.list.ListStorage;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSet;

/**
 * A list, set or dict comprehension inlined in its enclosing frame (PEP 709): the result lives in a hidden slot while the
 * nested {@code for}/{@code if} loops (ordinary, OSR-compiled loop nodes) run and add to it.
 */
public final class ComprehensionNode extends ExpressionNode {

    /** What the comprehension builds. */
    public enum Kind {
        LIST,
        SET,
        DICT
    }

    /** Fresh cells for the comprehension's variables that nested scopes capture. */
    @Children private final StatementNode[] cells;
    @Child private StatementNode loops;
    private final int resultSlot;
    private final Kind kind;
    /** Its loops may suspend (an await or async for in a coroutine): a resumption continues the same result. */
    private final boolean resumable;
    /** In a statement with several yields: where the finished result is kept for replay; else -1. */
    private final int memoSlot;
    /** The comprehension's own variables: unbound again when it ends, as CPython's inlined comprehensions. */
    @CompilationFinal(dimensions = 1) private int[] variableSlots = new int[0];

    public ComprehensionNode(StatementNode[] cells, StatementNode loops, int resultSlot, Kind kind) {
        this(cells, loops, resultSlot, kind, false, -1);
    }

    public ComprehensionNode(StatementNode[] cells, StatementNode loops, int resultSlot, Kind kind, boolean resumable,
                    int memoSlot) {
        this.cells = cells;
        this.loops = loops;
        this.resultSlot = resultSlot;
        this.kind = kind;
        this.resumable = resumable;
        this.memoSlot = memoSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (memoSlot >= 0 && frame.getObject(memoSlot) != null) {
            return frame.getObject(memoSlot);
        }
        Object result;
        if (resumable && GeneratorFrame.isResuming(frame)) {
            result = frame.getObject(resultSlot);
        } else {
            result = start(frame);
        }
        boolean suspended = false;
        try {
            loops.executeVoid(frame);
        } catch (YieldException e) {
            suspended = true;
            throw e;
        } finally {
            if (!suspended) {
                frame.setObject(resultSlot, null);
                clearVariables(frame);
            }
        }
        if (memoSlot >= 0) {
            frame.setObject(memoSlot, result);
        }
        return result;
    }

    /** Sets the slots of the comprehension's variables, which locals() after it must not show. */
    public ComprehensionNode withVariableSlots(int[] slots) {
        this.variableSlots = slots;
        return this;
    }

    @ExplodeLoop
    private void clearVariables(VirtualFrame frame) {
        for (int slot : variableSlots) {
            frame.clear(slot);
        }
    }

    @ExplodeLoop
    private Object start(VirtualFrame frame) {
        for (StatementNode cell : cells) {
            cell.executeVoid(frame);
        }
        Object result = switch (kind) {
            case LIST -> new PList(new ListStorage());
            case SET -> new PSet();
            case DICT -> new PDict();
        };
        frame.setObject(resultSlot, result);
        return result;
    }
}
