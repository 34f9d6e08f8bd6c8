package taipan.runtime.list;

import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.threading.ThreadingMode;

/**
 * The storage of a Python list: a strategy array ({@link ListArrays}) and a size, with CPython's list operations.
 * Thread safety (DESIGN §6): in single-threaded mode nothing is locked; in multi-threaded mode every mutation holds
 * the list's monitor (uncontended {@code synchronized} costs no memory per list, unlike a lock object) and readers
 * lock nothing: they read the size, then the array, and check indices against the array they read.
 */
public class ListStorage {
    /** The strategy array; replaced (never shrunk in place) when it grows or generalises. */
    Object store = ListArrays.EMPTY;
    /** Items {@code [0, size)} of {@link #store} are the list; written after the array in multi-threaded mode. */
    int size;

    /** The thread running {@code list.sort} on this list, or null; other threads' mutations wait for it. */
    Thread sorter;
    /** The size of the list a running sort took out (valid while {@link #sorter} is set). */
    int sortedSize;

    public ListStorage() {
    }

    /** A list of {@code items} (the array is copied), in the narrowest strategy. */
    public ListStorage(Object[] items) {
        this.store = ListArrays.fromItems(items);
        this.size = items.length;
    }

    ListStorage(Object store, int size) {
        this.store = store;
        this.size = size;
    }

    /** Publishes a new size after the array writes it covers (release in multi-threaded mode). */
    final void publishSize(int n, boolean shared) {
        if (shared) {
            // Readers take no lock: the element and array writes must be visible before the size that admits them.
            VarHandle.releaseFence();
        }
        size = n;
    }

    /**
     * Called holding the monitor before a mutation in multi-threaded mode: another thread's sort is in progress,
     * so wait for it, as CPython 3.13t holds the list's critical section for a whole sort. The sorting thread's own
     * mutations (from a key or {@code __lt__}) go ahead and make the sort raise "list modified during sort".
     */
    final void awaitSort() {
        while (sorter != null && sorter != Thread.currentThread()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The size, read before the array in multi-threaded mode. */
    final int readSize(boolean shared) {
        int n = size;
        if (shared) {
            // Pairs with publishSize's release: the array read after this is at least as new as the size.
            VarHandle.acquireFence();
        }
        return n;
    }

    /** {@code len(list)}. */
    public final int length(ThreadingMode mode) {
        return readSize(mode.isMultiThreaded());
    }

    /** The storage kind, for tests and node specialisation: {@code long[].class}, {@code double[].class}, ... */
    public final Class<?> strategy() {
        Object s = store;
        return s == ListArrays.EMPTY ? Void.class : s.getClass();
    }

    /** {@code list[index]}: negative indices count from the end; IndexError "list index out of range". */
    public final Object get(ThreadingMode mode, long index) {
        int n = readSize(mode.isMultiThreaded());
        Object s = store;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw ContainerError.indexError("list index out of range");
        }
        if (s instanceof long[] a && i < a.length) {
            return a[(int) i];
        }
        Object value = ListArrays.read(s, (int) i);
        if (value == null) {
            // Only a concurrent shrink between reading the size and the array empties an admitted slot.
            throw ContainerError.indexError("list index out of range");
        }
        return value;
    }

    /** Whether the items are unboxed floats now (nodes specialise on it: one read path, no merged boxes). */
    public final boolean holdsDoubles() {
        return store instanceof double[];
    }

    /** Whether the items are unboxed ints now. */
    public final boolean holdsLongs() {
        return store instanceof long[];
    }

    /** {@link #get} for a list that held floats when the caller checked; a concurrent change reads generically. */
    public final Object getFromDoubles(ThreadingMode mode, long index) {
        int n = readSize(mode.isMultiThreaded());
        Object s = store;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw ContainerError.indexError("list index out of range");
        }
        if (s instanceof double[] a && i < a.length) {
            return a[(int) i];
        }
        return getChanged(mode, index);
    }

    /** {@link #get} for a list that held ints when the caller checked. */
    public final Object getFromLongs(ThreadingMode mode, long index) {
        int n = readSize(mode.isMultiThreaded());
        Object s = store;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw ContainerError.indexError("list index out of range");
        }
        if (s instanceof long[] a && i < a.length) {
            return a[(int) i];
        }
        return getChanged(mode, index);
    }

    /**
     * Only a concurrent change of strategy gets here: leave compiled code rather than merge a boxed result, so the
     * box of the fast path stays virtual and its reader unboxes nothing.
     */
    private Object getChanged(ThreadingMode mode, long index) {
        CompilerDirectives.transferToInterpreter();
        return get(mode, index);
    }

    /**
     * {@code list[index] = value} for a float into a list that holds floats: stored unboxed with no strategy
     * dispatch; any other case (multi-threaded, another strategy) takes the generic path out of line.
     */
    public final void setDouble(ThreadingMode mode, long index, double value) {
        if (mode.isSingleThreaded()) {
            int n = size;
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw ContainerError.indexError("list assignment index out of range");
            }
            if (store instanceof double[] a && i < a.length) {
                a[(int) i] = value;
                return;
            }
        }
        setOutOfLine(mode, index, value);
    }

    /** {@link #setDouble} for an int into a list that holds ints. */
    public final void setLong(ThreadingMode mode, long index, long value) {
        if (mode.isSingleThreaded()) {
            int n = size;
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw ContainerError.indexError("list assignment index out of range");
            }
            if (store instanceof long[] a && i < a.length) {
                a[(int) i] = value;
                return;
            }
        }
        setOutOfLine(mode, index, value);
    }

    @TruffleBoundary
    private void setOutOfLine(ThreadingMode mode, long index, Object value) {
        set(mode, index, value);
    }

    /** {@code list[index] = value}; IndexError "list assignment index out of range". */
    public final void set(ThreadingMode mode, long index, Object value) {
        if (mode.isSingleThreaded()) {
            setUnlocked(index, value, false);
        } else {
            setLocked(index, value);
        }
    }

    @TruffleBoundary
    private synchronized void setLocked(long index, Object value) {
        awaitSort();
        setUnlocked(index, value, true);
    }

    private void setUnlocked(long index, Object value, boolean shared) {
        int n = size;
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw ContainerError.indexError("list assignment index out of range");
        }
        Object s = store;
        if (!ListArrays.accepts(s, value)) {
            s = ListArrays.generalize(s, n, value, ListArrays.capacity(s));
            store = s;
        }
        ListArrays.write(s, (int) i, value);
        if (shared) {
            VarHandle.releaseFence();
        }
    }

    /** {@code list.append(value)}; atomic. */
    public final void append(ThreadingMode mode, Object value) {
        if (mode.isSingleThreaded()) {
            appendUnlocked(value, false);
        } else {
            appendLocked(value);
        }
    }

    @TruffleBoundary
    private synchronized void appendLocked(Object value) {
        awaitSort();
        appendUnlocked(value, true);
    }

    private void appendUnlocked(Object value, boolean shared) {
        int n = size;
        Object s = store;
        if (s instanceof long[] a && value instanceof Long l && n < a.length) {
            a[n] = l;
        } else if (s instanceof double[] a && value instanceof Double d && n < a.length) {
            a[n] = d;
        } else if (s instanceof Object[] a && s != ListArrays.EMPTY && n < a.length) {
            a[n] = value;
        } else {
            appendSlow(value, n);
        }
        publishSize(n + 1, shared);
    }

    @TruffleBoundary
    private void appendSlow(Object value, int n) {
        Object s = ensureCapacity(n + 1, value);
        ListArrays.write(s, n, value);
    }

    /** Makes the store hold {@code needed} items and {@code value}'s kind; returns it (already installed). */
    final Object ensureCapacity(int needed, Object value) {
        Object s = store;
        int capacity = ListArrays.capacity(s);
        boolean fits = value == null || ListArrays.accepts(s, value);
        if (fits && needed <= capacity) {
            return s;
        }
        int newCapacity = needed <= capacity ? capacity : ListArrays.grownCapacity(size, needed);
        s = fits ? ListArrays.resize(s, newCapacity) : ListArrays.generalize(s, size, value, newCapacity);
        store = s;
        return s;
    }

    /** {@code list.insert(index, value)}: the index is clamped to {@code [0, len]} as CPython does. */
    public final void insert(ThreadingMode mode, long index, Object value) {
        if (mode.isSingleThreaded()) {
            insertUnlocked(index, value, false);
        } else {
            insertLocked(index, value);
        }
    }

    @TruffleBoundary
    private synchronized void insertLocked(long index, Object value) {
        awaitSort();
        insertUnlocked(index, value, true);
    }

    @TruffleBoundary
    private void insertUnlocked(long index, Object value, boolean shared) {
        int n = size;
        long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
        Object s = ensureCapacity(n + 1, value);
        System.arraycopy(s, (int) i, s, (int) i + 1, n - (int) i);
        ListArrays.write(s, (int) i, value);
        publishSize(n + 1, shared);
    }

    /** {@code list.pop()}: the last item; IndexError "pop from empty list". */
    public final Object pop(ThreadingMode mode) {
        return pop(mode, -1);
    }

    /** {@code list.pop(index)}; IndexError "pop from empty list" / "pop index out of range". */
    public final Object pop(ThreadingMode mode, long index) {
        if (mode.isSingleThreaded()) {
            return popUnlocked(index, false);
        }
        return popLocked(index);
    }

    @TruffleBoundary
    private synchronized Object popLocked(long index) {
        awaitSort();
        return popUnlocked(index, true);
    }

    private Object popUnlocked(long index, boolean shared) {
        int n = size;
        if (n == 0) {
            throw ContainerError.indexError("pop from empty list");
        }
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw ContainerError.indexError("pop index out of range");
        }
        Object s = store;
        Object value = ListArrays.read(s, (int) i);
        if (i < n - 1) {
            // Shift in place: a lock-free reader may see an item twice or skip one, never a foreign value.
            System.arraycopy(s, (int) i + 1, s, (int) i, n - 1 - (int) i);
        }
        publishSize(n - 1, shared);
        ListArrays.clearRange(s, n - 1, n);
        return value;
    }

    /** {@code list.clear()}: back to the empty strategy. */
    public final void clear(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            clearUnlocked(false);
        } else {
            clearLocked();
        }
    }

    @TruffleBoundary
    private synchronized void clearLocked() {
        awaitSort();
        clearUnlocked(true);
    }

    final void clearUnlocked(boolean shared) {
        publishSize(0, shared);
        store = ListArrays.EMPTY;
    }

    /** A snapshot of the items, boxed (a consistent state: taken under the lock in multi-threaded mode). */
    public final Object[] toArray(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            return ListArrays.toObjects(store, size);
        }
        return toArrayLocked();
    }

    @TruffleBoundary
    private synchronized Object[] toArrayLocked() {
        return ListArrays.toObjects(store, size);
    }

    /** {@code list.copy()} / {@code list[:]}. */
    public final ListStorage copy(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            return copyUnlocked();
        }
        return copyLocked();
    }

    @TruffleBoundary
    private synchronized ListStorage copyLocked() {
        return copyUnlocked();
    }

    @TruffleBoundary
    private ListStorage copyUnlocked() {
        int n = size;
        return new ListStorage(n == 0 ? ListArrays.EMPTY : ListArrays.resize(store, n), n);
    }

    /** {@code list.extend(items)} with a snapshot of the other iterable's items; atomic. */
    public final void extend(ThreadingMode mode, Object[] items) {
        if (mode.isSingleThreaded()) {
            extendUnlocked(items, false);
        } else {
            extendLocked(items);
        }
    }

    /** {@code list.extend(other)}; {@code l.extend(l)} doubles the list. */
    public final void extend(ThreadingMode mode, ListStorage other) {
        extend(mode, other.toArray(mode));
    }

    @TruffleBoundary
    private synchronized void extendLocked(Object[] items) {
        awaitSort();
        extendUnlocked(items, true);
    }

    @TruffleBoundary
    final void extendUnlocked(Object[] items, boolean shared) {
        int n = size;
        if (items.length == 0) {
            return;
        }
        Object s = store;
        for (Object item : items) {
            if (!ListArrays.accepts(s, item)) {
                s = ensureCapacity(n + items.length, item);
            }
        }
        s = ensureCapacity(n + items.length, null);
        for (int k = 0; k < items.length; k++) {
            ListArrays.write(s, n + k, items[k]);
        }
        publishSize(n + items.length, shared);
    }

    /** {@code list.reverse()}, in place. */
    public final void reverse(ThreadingMode mode) {
        if (mode.isSingleThreaded()) {
            ListOps.reverse(store, size);
        } else {
            reverseLocked();
        }
    }

    @TruffleBoundary
    private synchronized void reverseLocked() {
        awaitSort();
        ListOps.reverse(store, size);
    }

    /** {@code list * count}: a new list. */
    public final ListStorage repeat(ThreadingMode mode, long count) {
        return ListOps.repeat(toArray(mode), count);
    }

    /** {@code list *= count}, in place and atomic. */
    public final void inplaceRepeat(ThreadingMode mode, long count) {
        if (mode.isSingleThreaded()) {
            inplaceRepeatUnlocked(count, false);
        } else {
            inplaceRepeatLocked(count);
        }
    }

    @TruffleBoundary
    private synchronized void inplaceRepeatLocked(long count) {
        awaitSort();
        inplaceRepeatUnlocked(count, true);
    }

    private void inplaceRepeatUnlocked(long count, boolean shared) {
        ListStorage repeated = ListOps.repeat(ListArrays.toObjects(store, size), count);
        store = repeated.store;
        publishSize(repeated.size, shared);
    }

    /** A fresh iterator; safe to share between threads (each item at most once). */
    public final ListIteratorState iterator() {
        return new ListIteratorState(this);
    }
}
