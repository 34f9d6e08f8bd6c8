package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PSet;
import taipan.threading.ThreadingMode;

/** The innermost step of a set comprehension: adds the element to the set in the result slot. */
public final class SetAddNode extends StatementNode {

    @Child private ExpressionNode element;
    private final int resultSlot;

    public SetAddNode(ExpressionNode element, int resultSlot) {
        this.element = element;
        this.resultSlot = resultSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = element.executeGeneric(frame);
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        try {
            ((PSet) frame.getObject(resultSlot)).getStorage().add(mode, new BuiltinEquality(mode), value);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }
}
