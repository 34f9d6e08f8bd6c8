package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;

/** {@code (a, *b, c)}: a tuple display with unpacked iterables, built as the list display is and then frozen. */
public final class StarredTupleLiteralNode extends ExpressionNode {

    @Child private StarredListLiteralNode list;

    public StarredTupleLiteralNode(ExpressionNode[] elements, boolean[] starred) {
        this.list = new StarredListLiteralNode(elements, starred);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PList items = (PList) list.executeGeneric(frame);
        return new PTuple(items.getStorage().toArray(TaipanLanguage.get(this).threadingMode()));
    }
}
