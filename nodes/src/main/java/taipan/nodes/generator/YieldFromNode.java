package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * {@code yield from iterable} (PEP 380): yields each item of the sub-iterator, which waits in a frame slot while the
 * body is suspended; {@code send()}, {@code throw()} and {@code close()} are forwarded to a sub-generator, and its
 * return value is the expression's value.
 */
public final class YieldFromNode extends ExpressionNode {

    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private PyIterNextNode next = PyIterNextNode.create();
    @Child private GeneratorResumeNode resume = GeneratorResumeNode.create();
    @Child private GeneratorCloseNode close;
    private final int iteratorSlot;

    public YieldFromNode(ExpressionNode iterable, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PGenerator generator = GeneratorFrame.get(frame);
        Object iterator;
        Object sent = PNone.NONE;
        PException thrown = null;
        if (generator.isResuming()) {
            generator.resumed();
            iterator = frame.getObject(iteratorSlot);
            sent = generator.takeSent();
            thrown = generator.takeThrown();
        } else {
            iterator = getIter.execute(iterable.executeGeneric(frame));
            frame.setObject(iteratorSlot, iterator);
        }
        Object item;
        try {
            item = delegate(iterator, sent, thrown);
        } catch (PException e) {
            frame.setObject(iteratorSlot, null);
            generator.setDelegate(PNone.NONE);
            throw e;
        }
        if (item == PyIterNextNode.EXHAUSTED) {
            frame.setObject(iteratorSlot, null);
            generator.setDelegate(PNone.NONE);
            return iterator instanceof PGenerator g ? g.getReturnValue() : PNone.NONE;
        }
        generator.setDelegate(iterator);
        throw new YieldException(item);
    }

    private Object delegate(Object iterator, Object sent, PException thrown) {
        if (iterator instanceof PGenerator sub) {
            if (thrown != null && GeneratorCloseNode.isGeneratorExit(this, thrown)) {
                closeNode().execute(sub);
                throw thrown;
            }
            return resume.execute(sub, sent, thrown);
        }
        if (thrown != null) {
            throw thrown;
        } else if (sent != PNone.NONE) {
            throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, "'%s' object has no attribute 'send'",
                            PythonErrors.typeName(this, iterator));
        }
        return next.execute(iterator);
    }

    private GeneratorCloseNode closeNode() {
        if (close == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            close = insert(GeneratorCloseNode.create());
        }
        return close;
    }
}
