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
    /** The comprehension's own variables: unbound again when it ends, as CPython's inlined comprehensions. */
    @CompilationFinal(dimensions = 1) private final int[] variableSlots;

    public ComprehensionNode(StatementNode[] cells, StatementNode loops, int resultSlot, Kind kind,
                    int[] variableSlots) {
        this.variableSlots = variableSlots;
        this.cells = cells;
        this.loops = loops;
        this.resultSlot = resultSlot;
        this.kind = kind;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        for (StatementNode cell : cells) {
            cell.executeVoid(frame);
        }
        Object result = switch (kind) {
            case LIST -> new PList(new ListStorage());
            case SET -> new PSet();
            case DICT -> new PDict();
        };
        frame.setObject(resultSlot, result);
        try {
            loops.executeVoid(frame);
        } finally {
            frame.setObject(resultSlot, null);
            for (int slot : variableSlots) {
                frame.clear(slot); // locals() after the comprehension must not show its variables
            }
        }
        return result;
    }
}
