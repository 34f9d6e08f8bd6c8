package taipan.runtime.collections;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PythonObject;
import taipan.threading.ThreadingMode;

/**
 * {@code collections.deque} (CPython's {@code Modules/_collectionsmodule.c}): a double-ended queue with an
 * optional {@code maxlen}. Each operation is atomic (DESIGN §6): it locks the deque only once the program runs
 * threads. A {@link PythonObject}, so generic operations reach its dunders through its class.
 */
public final class PDeque extends PythonObject {

    private final DequeBuffer buffer = new DequeBuffer();
    /** The maximum length, or -1 for none. */
    private volatile long maxlen = -1;

    public PDeque(Shape shape) {
        super(shape);
    }

    public long getMaxlen() {
        return maxlen;
    }

    public void setMaxlen(long maxlen) {
        this.maxlen = maxlen;
    }

    public int length(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            return buffer.size();
        }
        synchronized (this) {
            return buffer.size();
        }
    }

    /** The structural version an iterator compares with. */
    public long state(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            return buffer.state();
        }
        synchronized (this) {
            return buffer.state();
        }
    }

    public void append(ThreadingMode mode, Object value, boolean left) {
        if (mode.isSingleThreaded()) {
            doAppend(value, left);
            return;
        }
        synchronized (this) {
            doAppend(value, left);
        }
    }

    private void doAppend(Object value, boolean left) {
        if (maxlen == 0) {
            return;
        }
        if (left) {
            buffer.addFirst(value);
            if (maxlen >= 0 && buffer.size() > maxlen) {
                buffer.removeLast();
            }
        } else {
            buffer.addLast(value);
            if (maxlen >= 0 && buffer.size() > maxlen) {
                buffer.removeFirst();
            }
        }
    }

    /** Removes and returns an end item; IndexError "pop from an empty deque" when empty. */
    public Object pop(ThreadingMode mode, boolean left) {
        if (mode.isSingleThreaded()) {
            return doPop(left);
        }
        synchronized (this) {
            return doPop(left);
        }
    }

    private Object doPop(boolean left) {
        if (buffer.size() == 0) {
            throw ContainerError.indexError("pop from an empty deque");
        }
        return left ? buffer.removeFirst() : buffer.removeLast();
    }

    /** The item at a Python index (negative counts from the end), or IndexError. */
    public Object get(ThreadingMode mode, long index) {
        if (mode.isSingleThreaded()) {
            return buffer.get(checkIndex(index));
        }
        synchronized (this) {
            return buffer.get(checkIndex(index));
        }
    }

    public void set(ThreadingMode mode, long index, Object value) {
        if (mode.isSingleThreaded()) {
            buffer.set(checkIndex(index), value);
            return;
        }
        synchronized (this) {
            buffer.set(checkIndex(index), value);
        }
    }

    public void delete(ThreadingMode mode, long index) {
        if (mode.isSingleThreaded()) {
            buffer.remove(checkIndex(index));
            return;
        }
        synchronized (this) {
            buffer.remove(checkIndex(index));
        }
    }

    private int checkIndex(long index) {
        long i = index < 0 ? index + buffer.size() : index;
        if (i < 0 || i >= buffer.size()) {
            throw ContainerError.indexError("deque index out of range");
        }
        return (int) i;
    }

    /** Removes the item at {@code index} if it is still {@code expected} (remove() compares outside the lock). */
    public boolean removeAt(ThreadingMode mode, int index, Object expected) {
        if (mode.isSingleThreaded()) {
            return doRemoveAt(index, expected);
        }
        synchronized (this) {
            return doRemoveAt(index, expected);
        }
    }

    private boolean doRemoveAt(int index, Object expected) {
        if (index < buffer.size() && buffer.get(index) == expected) {
            buffer.remove(index);
            return true;
        }
        return false;
    }

    /** {@code insert(i, x)}, with list.insert's clamping of i; IndexError when a bounded deque is full. */
    public void insert(ThreadingMode mode, long index, Object value) {
        if (mode.isSingleThreaded()) {
            doInsert(index, value);
            return;
        }
        synchronized (this) {
            doInsert(index, value);
        }
    }

    private void doInsert(long index, Object value) {
        int n = buffer.size();
        if (maxlen >= 0 && n >= maxlen) {
            throw ContainerError.indexError("deque already at its maximum size");
        }
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        buffer.insert((int) i, value);
    }

    public void clear(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            buffer.clear();
            return;
        }
        synchronized (this) {
            buffer.clear();
        }
    }

    public void rotate(ThreadingMode mode, long n) {
        if (mode.isSingleThreaded()) {
            buffer.rotate(n);
            return;
        }
        synchronized (this) {
            buffer.rotate(n);
        }
    }

    public void reverse(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            buffer.reverse();
            return;
        }
        synchronized (this) {
            buffer.reverse();
        }
    }

    /** A consistent copy of the items, front first. */
    public Object[] toArray(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            return buffer.toArray();
        }
        synchronized (this) {
            return buffer.toArray();
        }
    }

    /**
     * The item at {@code index} for an iterator that saw version {@code state}, or null past the end; RuntimeError
     * if the deque changed since (CPython's {@code dequeiter_next}).
     */
    public Object iterate(ThreadingMode mode, long state, int index) {
        if (mode.isSingleThreaded()) {
            return doIterate(state, index);
        }
        synchronized (this) {
            return doIterate(state, index);
        }
    }

    private Object doIterate(long state, int index) {
        if (buffer.state() != state) {
            throw ContainerError.runtimeError("deque mutated during iteration");
        }
        return index < buffer.size() ? buffer.get(index) : null;
    }
}
