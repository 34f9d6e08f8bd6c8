package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.subscript.PyObjectSetItemNode;
import taipan.runtime.str.PyStrings;

/** {@code name: annotation} in a module or class body: {@code __annotations__['name'] = annotation}. */
public final class StoreAnnotationNode extends StatementNode {

    private final TruffleString name;
    @Child private ExpressionNode annotation;
    @Child private ExpressionNode annotations;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

    public StoreAnnotationNode(ExpressionNode annotations, String name, ExpressionNode annotation) {
        this.annotations = annotations;
        this.name = PyStrings.of(name);
        this.annotation = annotation;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = annotation.executeGeneric(frame);
        setItem.execute(annotations.executeGeneric(frame), name, value);
    }
}
