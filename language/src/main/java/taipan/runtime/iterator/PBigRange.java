package taipan.runtime.iterator;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.list.ContainerError;

/** A {@code range} whose bounds do not all fit a {@code long} ({@code range(10 ** 20)}): lazy, over big ints. */
public final class PBigRange {

    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;

    /** @param step not zero (the constructor checks) */
    public PBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return normalize(start);
    }

    public Object getStop() {
        return normalize(stop);
    }

    public Object getStep() {
        return normalize(step);
    }

    /** An int as Taipan represents it: a long when it fits. */
    public static Object normalize(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    /** CPython's {@code compute_range_length}, exact. */
    @TruffleBoundary
    public BigInteger length() {
        BigInteger lo = step.signum() > 0 ? start : stop;
        BigInteger hi = step.signum() > 0 ? stop : start;
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** Item {@code i}, negative from the end; IndexError when out of range. */
    @TruffleBoundary
    public Object item(BigInteger i) {
        BigInteger n = length();
        BigInteger j = i.signum() < 0 ? i.add(n) : i;
        if (j.signum() < 0 || j.compareTo(n) >= 0) {
            throw ContainerError.indexError("range object index out of range");
        }
        return normalize(start.add(j.multiply(step)));
    }

    /** Whether the int {@code v} is one of the items. */
    @TruffleBoundary
    public boolean contains(BigInteger v) {
        boolean inBounds = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                        : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** The position of the int {@code v}, or -1. */
    @TruffleBoundary
    public BigInteger indexOf(BigInteger v) {
        return contains(v) ? v.subtract(start).divide(step) : BigInteger.ONE.negate();
    }

    /** {@code range[slice]}: the slice as resolved by the caller into item indices {@code lo, hi, k}. */
    @TruffleBoundary
    public Object slice(BigInteger lo, BigInteger hi, BigInteger k) {
        return PBigRange.of(start.add(lo.multiply(step)), start.add(hi.multiply(step)), step.multiply(k));
    }

    /** A range over these bounds: a plain {@link PRange} when they fit a long. */
    public static Object of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PBigRange(start, stop, step);
    }

    public BigInteger start() {
        return start;
    }

    public BigInteger step() {
        return step;
    }

    @Override
    public String toString() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")"
                        : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
