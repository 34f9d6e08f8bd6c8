package taipan.nodes.module;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;

/** {@code from m import *} at module level: binds the module's exported names in the current globals. */
public final class ImportStarNode extends StatementNode {

    @Child private ExpressionNode module;

    public ImportStarNode(ExpressionNode module) {
        this.module = module;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ImportStar.importAll(this, module.executeGeneric(frame), PythonFrame.getGlobals(frame));
    }
}
