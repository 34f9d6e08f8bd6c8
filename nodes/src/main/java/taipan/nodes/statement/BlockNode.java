package taipan.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.RootBodyTag;
import com.oracle.truffle.api.instrumentation.StandardTags.RootTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.StatementNode;

/** A sequence of statements; the body of a module or function is a block tagged as the root's body. */
public final class BlockNode extends StatementNode {

    @Children private final StatementNode[] statements;
    private final boolean rootBody;

    public BlockNode(StatementNode[] statements, boolean rootBody) {
        this.statements = statements;
        this.rootBody = rootBody;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode statement : statements) {
            statement.executeVoid(frame);
        }
    }

    /** The statements before the last run for effect; the last one runs in tail position. */
    @Override
    @ExplodeLoop
    public Object runTail(VirtualFrame frame) {
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            statements[i].executeVoid(frame);
        }
        return last < 0 ? null : statements[last].runTail(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (rootBody) {
            return tag == RootTag.class || tag == RootBodyTag.class;
        }
        return false;
    }
}
