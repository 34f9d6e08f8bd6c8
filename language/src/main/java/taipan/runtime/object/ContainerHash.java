package taipan.runtime.object;

import taipan.runtime.list.ElementOps;
import taipan.threading.ThreadingMode;

/** CPython's hashes of tuples (Objects/tupleobject.c, xxHash-based) and frozensets (Objects/setobject.c). */
public final class ContainerHash {
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private ContainerHash() {
    }

    /** {@code hash(tuple)}; each item hashed through {@code ops} (which raises for unhashable items). */
    public static long tuple(ElementOps ops, Object[] items) {
        long acc = TUPLE_SEED;
        for (Object item : items) {
            acc = tupleStep(acc, ops.hash(item));
        }
        return tupleFinish(acc, items.length);
    }

    /** The accumulator {@link #tupleStep} starts from. */
    public static final long TUPLE_SEED = XXPRIME_5;

    /** One item of {@code hash(tuple)}: mixes the item's hash into the accumulator. */
    public static long tupleStep(long acc, long itemHash) {
        return Long.rotateLeft(acc + itemHash * XXPRIME_2, 31) * XXPRIME_1;
    }

    /** {@code hash(tuple)} from the accumulator after all {@code length} items. */
    public static long tupleFinish(long acc, int length) {
        long h = acc + (length ^ (XXPRIME_5 ^ 3527539L));
        return h == -1 ? 1546275796L : h;
    }

    /** {@code hash(frozenset)}: order-independent, from the element hashes. */
    public static long frozenset(ThreadingMode mode, ElementOps ops, PBaseSet set) {
        Object[] elements = set.getStorage().elements(mode);
        long hash = 0;
        for (Object e : elements) {
            hash ^= shuffleBits(ops.hash(e));
        }
        hash ^= (elements.length + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    /** Whether {@link #of} hashes {@code o}: frozensets, slices, ranges, and the unhashable containers. */
    public static boolean handles(Object o) {
        return o instanceof PBaseSet || o instanceof PSlice || o instanceof taipan.runtime.iterator.PRange
                        || o instanceof PList || o instanceof PDict || o instanceof PDictView;
    }

    /** {@code hash(o)} for what {@link #handles} accepts; TypeError "unhashable type" for mutable containers. */
    public static long of(ThreadingMode mode, ElementOps ops, Object o) {
        if (o instanceof PFrozenSet f) {
            return frozenset(mode, ops, f);
        } else if (o instanceof PSlice s) {
            return tuple(ops, new Object[]{s.getStart(), s.getStop(), s.getStep()});
        } else if (o instanceof taipan.runtime.iterator.PRange r) {
            return range(ops, r);
        }
        throw taipan.runtime.exception.PythonErrors.raise(null, taipan.runtime.type.BuiltinType.TYPE_ERROR,
                        "unhashable type: '%s'", PythonTypes.builtinTypeOf(o).getPythonName());
    }

    /** CPython's range_hash: the tuple (len, start, step), with None for what the length makes irrelevant. */
    private static long range(ElementOps ops, taipan.runtime.iterator.PRange r) {
        long n = r.length();
        Object start = n == 0 ? PNone.NONE : (Object) r.getStart();
        Object step = n <= 1 ? PNone.NONE : (Object) r.getStep();
        return tuple(ops, new Object[]{n, start, step});
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
