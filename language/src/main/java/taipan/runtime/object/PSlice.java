package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.list.ContainerError;
import taipan.runtime.list.SliceRange;

/** Python's {@code slice}: three arbitrary objects (None for a missing bound), as {@code a[i:j:k]} builds it. */
public final class PSlice {

    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    /** The start as CPython's {@code PySlice_Unpack} clamps it to a machine index, or null for None. */
    public Long startIndex() {
        return index(start);
    }

    public Long stopIndex() {
        return index(stop);
    }

    public Long stepIndex() {
        return index(step);
    }

    /** This slice resolved against a sequence of {@code length} items ({@code PySlice_AdjustIndices}). */
    public SliceRange resolve(int length) {
        return SliceRange.resolve(startIndex(), stopIndex(), stepIndex(), length);
    }

    /**
     * A slice bound as a long: ints (and bools) beyond 64 bits clamp, None is null; anything else is the TypeError
     * "slice indices must be integers or None or have an __index__ method".
     */
    public static Long index(Object value) {
        if (value == PNone.NONE) {
            return null;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Integer i) {
            return (long) i;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return indexOfObject(value);
    }

    /** A bound that is not an int: {@code __index__} (kept out of compiled code, where it would recurse). */
    @TruffleBoundary
    private static Long indexOfObject(Object value) {
        if (value instanceof PythonObject) {
            Object index = UncachedCalls.callSpecial(value, "__index__");
            if (index != null && !(index instanceof PythonObject) && index != PNone.NONE) {
                return index(index);
            }
        }
        throw ContainerError.typeError("slice indices must be integers or None or have an __index__ method");
    }
}
