package taipan.runtime.thread;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _queue.SimpleQueue} (CPython's {@code Modules/_queuemodule.c}): an unbounded FIFO whose {@code put} never
 * blocks and whose {@code get} waits interruptibly ({@link Blocking}: Ctrl-C, safepoint actions, the GIL released)
 * for an item. A Java concurrent queue, so every operation is atomic with any number of threads and an item is
 * handed to exactly one getter. A {@link PythonObject}, so Python subclasses work.
 */
public final class PSimpleQueue extends PythonObject {
    private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();

    public PSimpleQueue(Shape shape) {
        super(shape);
    }

    @TruffleBoundary
    public void put(Object item) {
        items.add(item);
    }

    /** The first item, or null if the queue is empty. */
    @TruffleBoundary
    public Object poll() {
        return items.poll();
    }

    /** The first item, waiting for one up to {@code timeoutSeconds} (negative: forever); null on timeout. */
    @TruffleBoundary
    public Object take(Node location, double timeoutSeconds) {
        Object item = items.poll();
        if (item != null) {
            return item;
        }
        Object[] taken = new Object[1];
        Blocking.await(location, timeoutSeconds, nanos -> (taken[0] = items.poll(nanos, TimeUnit.NANOSECONDS)) != null);
        return taken[0];
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
