package taipan.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PSet;
import taipan.runtime.set.SetStorage;
import taipan.threading.ThreadingMode;

/** {@code {a, *b, c}}: a new set of the evaluated elements, starred ones iterated in place. */
public final class SetLiteralNode extends ExpressionNode {

    @Children private final ExpressionNode[] elements;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @Child private PyObjectGetIterNode getIter;
    @Child private PyIterNextNode next;

    public SetLiteralNode(ExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.starred = starred;
        for (boolean s : starred) {
            if (s) {
                getIter = PyObjectGetIterNode.create();
                next = PyIterNextNode.create();
            }
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        SetStorage storage = new SetStorage();
        for (int i = 0; i < elements.length; i++) {
            Object value = elements[i].executeGeneric(frame);
            if (starred[i]) {
                Object iterator;
                try {
                    iterator = getIter.execute(value);
                } catch (taipan.runtime.exception.PException e) {
                    throw StarredIterables.notIterable(this, e, value);
                }
                for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                    storage.add(mode, ops, item);
                }
            } else {
                storage.add(mode, ops, value);
            }
        }
        return new PSet(storage);
    }
}
