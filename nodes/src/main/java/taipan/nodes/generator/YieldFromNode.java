package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PException;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;

/**
 * {@code yield from iterable} (PEP 380) and {@code await awaitable}: yields each item of the sub-iterator, which
 * waits in a frame slot while the body is suspended; {@code send()}, {@code throw()} and {@code close()} are
 * forwarded to it, and its return value is the expression's value. They differ only in how the sub-iterator is
 * obtained: {@code iter()} or the awaitable protocol.
 */
public final class YieldFromNode extends ExpressionNode {

    @Child private ExpressionNode iterable;
    /** Null for an {@code await}. */
    @Child private PyObjectGetIterNode getIter;
    /** Null for a {@code yield from}. */
    @Child private GetAwaitableNode getAwaitable;
    @Child private DelegateNode delegate = DelegateNode.create();
    private final int iteratorSlot;
    /** Where the result is kept for replay in a statement with several yields; -1 for none. */
    private final int memoSlot;

    private YieldFromNode(ExpressionNode iterable, GetAwaitableNode getAwaitable, int iteratorSlot, int memoSlot) {
        this.iterable = iterable;
        this.getIter = getAwaitable == null ? PyObjectGetIterNode.create() : null;
        this.getAwaitable = getAwaitable;
        this.iteratorSlot = iteratorSlot;
        this.memoSlot = memoSlot;
    }

    public YieldFromNode(ExpressionNode iterable, int iteratorSlot, int memoSlot) {
        this(iterable, null, iteratorSlot, memoSlot);
    }

    /** {@code await value}; {@code origin} picks the message for a value that is not awaitable. */
    public static YieldFromNode await(ExpressionNode value, GetAwaitableNode.Origin origin, int iteratorSlot,
                    int memoSlot) {
        return new YieldFromNode(value, GetAwaitableNode.create(origin), iteratorSlot, memoSlot);
    }

    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private int line = -1;

    /** The line {@code gi_frame.f_lineno} reports while the body is suspended here. */
    private int line() {
        if (line < 0) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            line = GeneratorFrame.lineOf(this);
        }
        return line;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PGenerator generator = GeneratorFrame.get(frame);
        if (memoSlot >= 0 && frame.getObject(memoSlot) != null) {
            return frame.getObject(memoSlot);
        }
        Object iterator;
        Object sent = PNone.NONE;
        PException thrown = null;
        if (generator.isResuming()) {
            generator.resumed();
            iterator = frame.getObject(iteratorSlot);
            sent = generator.takeSent();
            thrown = generator.takeThrown();
        } else {
            Object value = iterable.executeGeneric(frame);
            iterator = getIter != null ? getIter.execute(value) : getAwaitable.execute(value);
            frame.setObject(iteratorSlot, iterator);
        }
        Object item;
        try {
            item = delegate.execute(iterator, sent, thrown);
        } catch (PException e) {
            frame.setObject(iteratorSlot, null);
            generator.setDelegate(PNone.NONE);
            throw e;
        }
        if (item instanceof DelegateNode.Returned returned) {
            frame.setObject(iteratorSlot, null);
            generator.setDelegate(PNone.NONE);
            if (memoSlot >= 0) {
                frame.setObject(memoSlot, returned.value());
            }
            return returned.value();
        }
        generator.setLine(line());
        generator.setDelegate(iterator);
        throw new YieldException(item);
    }
}
