package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
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
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code a, b, c = value} (CPython's {@code UNPACK_SEQUENCE}): stores each item of a sequence of exactly as many
 * items into the targets, left to right. A tuple is read in place, so unpacking one in a compiled loop allocates
 * nothing; other iterables are drained through the iterator protocol. {@link UnpackStarredNode} handles
 * {@code a, *b = value}.
 */
@NodeChild(value = "value", type = ExpressionNode.class)
@TypeSystemReference(PythonTypeSystem.class)
public abstract class UnpackSequenceNode extends StatementNode implements WriteNode {

    /** Each is a {@link WriteNode} whose caller passes the value. */
    @Children private final StatementNode[] targets;

    protected UnpackSequenceNode(StatementNode[] targets) {
        this.targets = targets;
    }

    public static UnpackSequenceNode create(ExpressionNode value, StatementNode[] targets) {
        return UnpackSequenceNodeGen.create(targets, value);
    }

    @Override
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Specialization
    void doTuple(VirtualFrame frame, PTuple tuple) {
        storeAll(frame, checkedLength(tuple.getItems()));
    }

    @Specialization
    void doList(VirtualFrame frame, PList list) {
        storeAll(frame, checkedLength(list.getStorage().toArray(TaipanLanguage.get(this).threadingMode())));
    }

    @Fallback
    void doIterable(VirtualFrame frame, Object value,
                    @Cached PyObjectGetIterNode getIter,
                    @Cached PyIterNextNode next) {
        Object iterator = UnpackErrors.iterate(this, getIter, value);
        Object[] items = new Object[targets.length];
        for (int i = 0; i < items.length; i++) {
            Object item = next.execute(iterator);
            if (item == PyIterNextNode.EXHAUSTED) {
                throw notEnough(i);
            }
            items[i] = item;
        }
        if (next.execute(iterator) != PyIterNextNode.EXHAUSTED) {
            throw tooMany();
        }
        storeAll(frame, items);
    }

    private Object[] checkedLength(Object[] items) {
        if (items.length != targets.length) {
            throw items.length < targets.length ? notEnough(items.length) : tooMany();
        }
        return items;
    }

    @ExplodeLoop
    private void storeAll(VirtualFrame frame, Object[] items) {
        for (int i = 0; i < targets.length; i++) {
            ((WriteNode) targets[i]).executeWrite(frame, items[i]);
        }
    }

    private PException notEnough(int got) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.NOT_ENOUGH_VALUES_TO_UNPACK,
                        targets.length, got);
    }

    private PException tooMany() {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.TOO_MANY_VALUES_TO_UNPACK,
                        targets.length);
    }
}
