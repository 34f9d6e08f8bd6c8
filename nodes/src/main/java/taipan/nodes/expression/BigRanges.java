package taipan.nodes.expression;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PBigRange;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSlice;
import taipan.runtime.type.BuiltinType;

/** Subscripts, membership and length of {@link PBigRange}s, on the slow paths of the generic nodes. */
public final class BigRanges {

    private BigRanges() {
    }

    /** {@code len(r)}: OverflowError when the length does not fit a Py_ssize_t. */
    @TruffleBoundary
    public static long length(Node location, PBigRange range) {
        BigInteger n = range.length();
        if (n.bitLength() >= 64) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    @TruffleBoundary
    public static boolean contains(PBigRange range, Object item) {
        BigInteger v = toBig(item);
        if (v == null && item instanceof Double d && !d.isNaN() && !d.isInfinite() && d == Math.rint(d)) {
            v = new BigDecimal(d).toBigInteger();
        }
        return v != null && range.contains(v);
    }

    /** {@code r[i]} or {@code r[i:j:k]}. */
    @TruffleBoundary
    public static Object item(Node location, PBigRange range, Object key) {
        try {
            if (key instanceof PSlice slice) {
                return slice(range, slice);
            }
            BigInteger i = toBig(key);
            if (i == null) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "range indices must be integers or slices, not %s", PythonErrors.typeName(location, key));
            }
            return range.item(i);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(location, e);
        }
    }

    private static Object slice(PBigRange range, PSlice slice) {
        BigInteger n = range.length();
        BigInteger k = slice.getStep() == PNone.NONE ? BigInteger.ONE : sliceIndex(slice.getStep());
        if (k.signum() == 0) {
            throw ContainerError.valueError("slice step cannot be zero");
        }
        boolean up = k.signum() > 0;
        BigInteger lo = bound(slice.getStart(), n, up, up ? BigInteger.ZERO : n.subtract(BigInteger.ONE));
        BigInteger hi = bound(slice.getStop(), n, up, up ? n : BigInteger.ONE.negate());
        return range.slice(lo, hi, k);
    }

    /** CPython's {@code PySlice_AdjustIndices} for one bound, over big ints. */
    private static BigInteger bound(Object value, BigInteger n, boolean up, BigInteger absent) {
        if (value == PNone.NONE) {
            return absent;
        }
        BigInteger x = sliceIndex(value);
        if (x.signum() < 0) {
            x = x.add(n);
            if (x.signum() < 0) {
                return up ? BigInteger.ZERO : BigInteger.ONE.negate();
            }
        } else if (x.compareTo(n) >= 0) {
            return up ? n : n.subtract(BigInteger.ONE);
        }
        return x;
    }

    private static BigInteger sliceIndex(Object value) {
        BigInteger v = toBig(value);
        if (v == null) {
            throw ContainerError.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return v;
    }

    private static BigInteger toBig(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value instanceof BigInteger big) {
            return big;
        }
        return null;
    }
}
