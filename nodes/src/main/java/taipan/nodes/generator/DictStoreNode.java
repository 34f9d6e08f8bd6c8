package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.threading.ThreadingMode;

/** The innermost step of a dict comprehension: {@code result[key] = value}, the key evaluated first (PEP 572). */
public final class DictStoreNode extends StatementNode {

    @Child private ExpressionNode key;
    @Child private ExpressionNode value;
    private final int resultSlot;

    public DictStoreNode(ExpressionNode key, ExpressionNode value, int resultSlot) {
        this.key = key;
        this.value = value;
        this.resultSlot = resultSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object k = key.executeGeneric(frame);
        Object v = value.executeGeneric(frame);
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        try {
            ((PDict) frame.getObject(resultSlot)).getStorage().put(mode, new BuiltinEquality(mode), k, v);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }
}
