package taipan.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ElementOps;
import taipan.threading.ThreadingMode;

/**
 * The storage of a Python set or frozenset: the dict's compact table with each element as its own value (so the
 * iteration order is insertion order: not promised by Python, but deterministic). Single operations are atomic as
 * the dict's are; the algebra reads consistent snapshots of its operands.
 */
public class SetStorage {
    final DictStorage table;

    public SetStorage() {
        this(new DictStorage());
    }

    private SetStorage(DictStorage table) {
        this.table = table;
    }

    /** A set of {@code elements} (duplicates collapse to the first). */
    public static SetStorage of(ThreadingMode mode, ElementOps ops, Object... elements) {
        SetStorage s = new SetStorage();
        for (Object e : elements) {
            s.add(mode, ops, e);
        }
        return s;
    }

    /** {@code len(set)}. */
    public final int length(ThreadingMode mode) {
        return table.length(mode);
    }

    /** {@code set.add(element)}: keeps an equal element already present. */
    public final void add(ThreadingMode mode, ElementOps ops, Object element) {
        table.setDefault(mode, ops, element, element);
    }

    /** {@code element in set}. */
    public final boolean contains(ThreadingMode mode, ElementOps ops, Object element) {
        return table.containsKey(mode, ops, element);
    }

    /** {@code set.discard(element)}: whether it was present. */
    public final boolean discard(ThreadingMode mode, ElementOps ops, Object element) {
        return table.remove(mode, ops, element, ops.hash(element)) != null;
    }

    /** {@code set.remove(element)}: KeyError(element) if absent. */
    public final void remove(ThreadingMode mode, ElementOps ops, Object element) {
        if (!discard(mode, ops, element)) {
            throw ContainerError.keyError(element);
        }
    }

    /** {@code set.pop()}: some element (the last added); KeyError "pop from an empty set". */
    public final Object pop(ThreadingMode mode) {
        try {
            return table.popItem(mode)[0];
        } catch (ContainerError e) {
            throw ContainerError.keyErrorWithMessage("pop from an empty set");
        }
    }

    /** {@code set.clear()}. */
    public final void clear(ThreadingMode mode) {
        table.clear(mode);
    }

    /** {@code set.copy()} / {@code frozenset(set)}. */
    public final SetStorage copy(ThreadingMode mode) {
        return new SetStorage(table.copy(mode));
    }

    /** The elements, a consistent snapshot. */
    public final Object[] elements(ThreadingMode mode) {
        return table.snapshot(mode)[0];
    }

    /** The elements, a consistent snapshot, in the order CPython would iterate them ({@link CPythonSetOrder}). */
    public final Object[] orderedElements(ThreadingMode mode) {
        Object[][] snapshot = table.snapshot(mode);
        Object[] elements = snapshot[0];
        long[] hashes = new long[elements.length];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = (Long) snapshot[2][i];
        }
        CPythonSetOrder.reorder(elements, hashes);
        return elements;
    }

    /** An iterator; safe to share between threads; RuntimeError "Set changed size during iteration". */
    public final DictIteratorState iterator() {
        return new DictIteratorState(table, DictIteratorState.Kind.KEYS, "Set changed size during iteration");
    }

    /** Adds every element of {@code items} ({@code set.update}, {@code |=}). */
    @TruffleBoundary
    public final void addAll(ThreadingMode mode, ElementOps ops, Object[] items) {
        for (Object e : items) {
            add(mode, ops, e);
        }
    }

    /** Removes every element of {@code items} ({@code set.difference_update}, {@code -=}). */
    @TruffleBoundary
    public final void removeAll(ThreadingMode mode, ElementOps ops, Object[] items) {
        for (Object e : items) {
            discard(mode, ops, e);
        }
    }

    /** Keeps only elements also in {@code other} ({@code set.intersection_update}, {@code &=}). */
    @TruffleBoundary
    public final void retainAll(ThreadingMode mode, ElementOps ops, SetStorage other) {
        for (Object e : elements(mode)) {
            if (!other.contains(mode, ops, e)) {
                discard(mode, ops, e);
            }
        }
    }

    /** {@code set.symmetric_difference_update(other)}, {@code ^=}. */
    @TruffleBoundary
    public final void toggleAll(ThreadingMode mode, ElementOps ops, SetStorage other) {
        for (Object e : other.elements(mode)) {
            if (!discard(mode, ops, e)) {
                add(mode, ops, e);
            }
        }
    }
}
