package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.object.PList;

/** The innermost step of a list comprehension: appends the element to the list in the result slot. */
public final class ListAppendNode extends StatementNode {

    @Child private ExpressionNode element;
    private final int resultSlot;

    public ListAppendNode(ExpressionNode element, int resultSlot) {
        this.element = element;
        this.resultSlot = resultSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = element.executeGeneric(frame);
        ((PList) frame.getObject(resultSlot)).getStorage().append(TaipanLanguage.get(this).threadingMode(), value);
    }
}
