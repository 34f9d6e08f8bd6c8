package taipan.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListStorage;
import taipan.runtime.object.PList;
import taipan.threading.ThreadingMode;

/** {@code [a, *b, c]}: a list display with unpacked iterables (each starred element is iterated in place). */
public final class StarredListLiteralNode extends ExpressionNode {

    @Children private final ExpressionNode[] elements;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private PyIterNextNode next = PyIterNextNode.create();

    public StarredListLiteralNode(ExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.starred = starred;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        ListStorage storage = new ListStorage();
        try {
            for (int i = 0; i < elements.length; i++) {
                Object value = elements[i].executeGeneric(frame);
                if (starred[i]) {
                    appendAll(mode, storage, value);
                } else {
                    storage.append(mode, value);
                }
            }
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
        return new PList(storage);
    }

    private void appendAll(ThreadingMode mode, ListStorage storage, Object iterable) {
        Object iterator;
        try {
            iterator = getIter.execute(iterable);
        } catch (taipan.runtime.exception.PException e) {
            throw StarredIterables.notIterable(this, e, iterable);
        }
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            storage.append(mode, item);
        }
    }
}
