package taipan.runtime.list;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The list storage strategies as static helpers over the raw array: {@code long[]} (ints that fit), {@code double[]}
 * (floats), {@code Object[]} (anything), and {@link #EMPTY}, the strategy of a list whose element kind is not chosen
 * yet. Python's {@code None}-free arrays: a null in an {@code Object[]} slot is never a value.
 */
final class ListArrays {
    /** The empty strategy: the kind is chosen by the first element stored. */
    static final Object[] EMPTY = new Object[0];

    private ListArrays() {
    }

    /** Element {@code i} of {@code store}, boxed; null if the slot holds no value (a concurrent shrink). */
    static Object read(Object store, int i) {
        if (store instanceof long[] a) {
            return i < a.length ? (Object) a[i] : null;
        } else if (store instanceof double[] a) {
            return i < a.length ? (Object) a[i] : null;
        }
        Object[] a = (Object[]) store;
        return i < a.length ? a[i] : null;
    }

    static int capacity(Object store) {
        if (store instanceof long[] a) {
            return a.length;
        } else if (store instanceof double[] a) {
            return a.length;
        }
        return ((Object[]) store).length;
    }

    /** Whether {@code store} (not EMPTY) can hold {@code value} without generalising. */
    static boolean accepts(Object store, Object value) {
        if (store instanceof long[]) {
            return value instanceof Long;
        } else if (store instanceof double[]) {
            return value instanceof Double;
        }
        return store != EMPTY;
    }

    /** Writes {@code value} at {@code i}; the store accepts it and is big enough. */
    static void write(Object store, int i, Object value) {
        if (store instanceof long[] a) {
            a[i] = (Long) value;
        } else if (store instanceof double[] a) {
            a[i] = (Double) value;
        } else {
            ((Object[]) store)[i] = value;
        }
    }

    /** A new store of the kind that fits both the first {@code size} items of {@code store} and {@code value}. */
    @TruffleBoundary
    static Object generalize(Object store, int size, Object value, int capacity) {
        if (store == EMPTY || size == 0) {
            if (value instanceof Long) {
                return new long[capacity];
            } else if (value instanceof Double) {
                return new double[capacity];
            }
            return new Object[capacity];
        }
        Object[] result = new Object[capacity];
        for (int i = 0; i < size; i++) {
            result[i] = read(store, i);
        }
        return result;
    }

    /** The narrowest new store holding {@code items} exactly (capacity = length). */
    @TruffleBoundary
    static Object fromItems(Object[] items) {
        if (items.length == 0) {
            return EMPTY;
        }
        boolean allLong = true;
        boolean allDouble = true;
        for (Object o : items) {
            allLong &= o instanceof Long;
            allDouble &= o instanceof Double;
        }
        if (allLong) {
            long[] a = new long[items.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = (Long) items[i];
            }
            return a;
        } else if (allDouble) {
            double[] a = new double[items.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = (Double) items[i];
            }
            return a;
        }
        return items.clone();
    }

    /** Items {@code [0, size)} boxed into a fresh array. */
    @TruffleBoundary
    static Object[] toObjects(Object store, int size) {
        if (store instanceof Object[] a) {
            return Arrays.copyOf(a, size);
        }
        Object[] result = new Object[size];
        for (int i = 0; i < size; i++) {
            result[i] = read(store, i);
        }
        return result;
    }

    /** A copy of {@code store} with the given capacity, same kind. */
    @TruffleBoundary
    static Object resize(Object store, int capacity) {
        if (store instanceof long[] a) {
            return Arrays.copyOf(a, capacity);
        } else if (store instanceof double[] a) {
            return Arrays.copyOf(a, capacity);
        }
        return Arrays.copyOf((Object[]) store, capacity);
    }

    /** CPython's list_resize over-allocation: {@code n + n/8 + 6}, rounded down to a multiple of 4. */
    static int grownCapacity(int oldSize, int newSize) {
        long capacity = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > capacity - newSize) {
            capacity = ((long) newSize + 3) & ~3L;
        }
        if (capacity > Integer.MAX_VALUE - 8) {
            throw ContainerError.memoryError();
        }
        return (int) capacity;
    }

    /** Clears slots {@code [from, to)} of an Object[] store so the collector can free their values. */
    static void clearRange(Object store, int from, int to) {
        if (store instanceof Object[] a && a != EMPTY) {
            Arrays.fill(a, from, Math.min(to, a.length), null);
        }
    }

    /** Python equality of stored element {@code i} and {@code value}; primitives compare without calling back. */
    static boolean elementEquals(Object store, int i, Object value, ElementOps ops) {
        if (store instanceof long[] a) {
            if (value instanceof Long l) {
                return i < a.length && a[i] == l;
            }
        } else if (store instanceof double[] a) {
            if (value instanceof Double d) {
                // Bit-equal NaNs count as equal: the stored float lost its identity, and CPython compares by identity first.
                return i < a.length && (a[i] == d || Double.doubleToRawLongBits(a[i]) == Double.doubleToRawLongBits(d));
            }
        }
        Object element = read(store, i);
        return element != null && (element == value || ops.eq(element, value));
    }
}
