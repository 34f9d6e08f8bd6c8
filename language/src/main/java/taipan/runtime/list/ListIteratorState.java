package taipan.runtime.list;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import taipan.threading.ThreadingMode;

/**
 * The state of a list iterator (CPython's {@code listiterator}): an index into the list, which may change under it.
 * In multi-threaded mode the cursor advances by compare-and-set, so an iterator shared between threads yields each
 * position at most once.
 */
public final class ListIteratorState {
    private ListStorage list;
    private static final VarHandle INDEX;

    static {
        try {
            INDEX = MethodHandles.lookup().findVarHandle(ListIteratorState.class, "index", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The next index; compare-and-set in multi-threaded mode so that sharing threads claim distinct positions. */
    private int index;

    ListIteratorState(ListStorage list) {
        this.list = list;
    }

    /** The next item, or null when exhausted (after which it stays exhausted, as CPython's does). */
    public Object next(ThreadingMode mode) {
        ListStorage l = list;
        if (l == null) {
            return null;
        }
        if (mode.isSingleThreaded()) {
            int i = index;
            if (i < l.size) {
                index = i + 1;
                return ListArrays.read(l.store, i);
            }
            list = null;
            return null;
        }
        return nextShared(l);
    }

    /**
     * No boundary: the retry loop is a real loop in compiled code, and every read is bounds-checked against the array
     * it read, so a concurrent writer costs a retry, never an exception; a call per item would tax every list loop
     * of a threaded program.
     */
    private Object nextShared(ListStorage l) {
        while (true) {
            int i = (int) INDEX.getVolatile(this);
            int n = l.readSize(true);
            Object s = l.store;
            if (i >= n) {
                list = null;
                return null;
            }
            Object value = ListArrays.read(s, i);
            if (INDEX.compareAndSet(this, i, i + 1)) {
                if (value != null) {
                    return value;
                }
                // The slot emptied under us (a concurrent shrink): this position is gone; try the next one.
            }
        }
    }

    /** {@code __length_hint__}: items left. */
    public int lengthHint(ThreadingMode mode) {
        ListStorage l = list;
        return l == null ? 0 : Math.max(0, l.length(mode) - index);
    }
}
