package taipan.nodes.statement;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonTypeSystem;
import taipan.nodes.StatementNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code a, *rest, z = value} (CPython's {@code UNPACK_EX}): the targets before and after the starred one take
 * single items, the starred target a new list of what is left in between.
 */
@NodeChild(value = "value", type = ExpressionNode.class)
@TypeSystemReference(PythonTypeSystem.class)
public abstract class UnpackStarredNode extends StatementNode implements WriteNode {

    /** Each is a {@link WriteNode}; {@code targets[starIndex]} receives the list. */
    @Children private final StatementNode[] targets;
    private final int starIndex;

    protected UnpackStarredNode(StatementNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    public static UnpackStarredNode create(ExpressionNode value, StatementNode[] targets, int starIndex) {
        return UnpackStarredNodeGen.create(targets, starIndex, value);
    }

    @Override
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Specialization
    void doTuple(VirtualFrame frame, PTuple tuple) {
        storeAll(frame, tuple.getItems());
    }

    @Specialization
    void doList(VirtualFrame frame, PList list) {
        storeAll(frame, list.getStorage().toArray(TaipanLanguage.get(this).threadingMode()));
    }

    @Fallback
    void doIterable(VirtualFrame frame, Object value,
                    @Cached PyObjectGetIterNode getIter,
                    @Cached PyIterNextNode next) {
        Object iterator = UnpackErrors.iterate(this, getIter, value);
        Object[] items = new Object[8];
        int size = 0;
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            if (size == items.length) {
                items = grow(items);
            }
            items[size++] = item;
        }
        storeAll(frame, size == items.length ? items : Arrays.copyOf(items, size));
    }

    @TruffleBoundary
    private static Object[] grow(Object[] items) {
        return Arrays.copyOf(items, items.length * 2);
    }

    @ExplodeLoop
    private void storeAll(VirtualFrame frame, Object[] items) {
        int after = targets.length - starIndex - 1;
        if (items.length < targets.length - 1) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NOT_ENOUGH_VALUES_TO_UNPACK_AT_LEAST,
                            targets.length - 1, items.length);
        }
        for (int i = 0; i < starIndex; i++) {
            ((WriteNode) targets[i]).executeWrite(frame, items[i]);
        }
        int restEnd = items.length - after;
        ((WriteNode) targets[starIndex]).executeWrite(frame, new PList(Arrays.copyOfRange(items, starIndex, restEnd)));
        for (int i = 0; i < after; i++) {
            ((WriteNode) targets[starIndex + 1 + i]).executeWrite(frame, items[restEnd + i]);
        }
    }
}
