package taipan.nodes.module;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.nodes.ExpressionNode;

/** {@code import a.b.c as d}: the top-level package, then each further component read as {@code IMPORT_FROM}. */
public final class ImportAsNode extends ExpressionNode {

    @Child private ExpressionNode topLevel;
    @Children private final ImportFromNode[] components;

    public ImportAsNode(ExpressionNode topLevel, ImportFromNode[] components) {
        this.topLevel = topLevel;
        this.components = components;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object module = topLevel.executeGeneric(frame);
        for (ImportFromNode component : components) {
            module = component.execute(module);
        }
        return module;
    }
}
