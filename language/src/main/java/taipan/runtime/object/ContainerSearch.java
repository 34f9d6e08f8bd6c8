package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.iterator.PRange;
import taipan.runtime.list.ElementOps;
import taipan.threading.ThreadingMode;

/** {@code item in container} for dict views and ranges ({@code range} answers ints in O(1), as CPython does). */
public final class ContainerSearch {
    private ContainerSearch() {
    }

    @TruffleBoundary
    public static boolean inView(ThreadingMode mode, ElementOps ops, PDictView view, Object item) {
        PDict dict = view.getDict();
        switch (view.getKind()) {
            case KEYS:
                return dict.getStorage().containsKey(mode, ops, item);
            case ITEMS:
                if (!(item instanceof PTuple t) || t.length() != 2) {
                    return false;
                }
                Object value = dict.getStorage().get(mode, ops, t.getItems()[0]);
                return value != null && (value == t.getItems()[1] || ops.eq(value, t.getItems()[1]));
            default:
                DictIteratorState it = dict.getStorage().iterator(DictIteratorState.Kind.VALUES);
                for (Object v = it.next(mode); v != null; v = it.next(mode)) {
                    if (v == item || ops.eq(v, item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** {@code item in range}: arithmetic for ints, else a linear scan comparing with {@code ==}. */
    @TruffleBoundary
    public static boolean inRange(ElementOps ops, PRange range, Object item) {
        if (item instanceof Long || item instanceof Boolean || item instanceof BigInteger) {
            BigInteger v = item instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO)
                            : item instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) item;
            BigInteger start = BigInteger.valueOf(range.getStart());
            BigInteger stop = BigInteger.valueOf(range.getStop());
            BigInteger step = BigInteger.valueOf(range.getStep());
            boolean inside = range.getStep() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                            : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
            return inside && v.subtract(start).mod(step.abs()).signum() == 0;
        }
        long n = range.length();
        for (long i = 0; i < n; i++) {
            if (ops.eq(range.getStart() + i * range.getStep(), item)) {
                return true;
            }
        }
        return false;
    }
}
