package taipan.runtime.iterator;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.type.BuiltinType;

/** The iterator of a {@link PBigRange} (CPython's {@code longrange_iterator}). */
public final class PBigRangeIterator extends PBuiltinIterator {

    private final PBigRange range;
    private final BigInteger length;
    private BigInteger index = BigInteger.ZERO;

    public PBigRangeIterator(PBigRange range) {
        this.range = range;
        this.length = range.length();
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.RANGE_ITERATOR;
    }

    /** The next item, or null when exhausted; one thread at a time, so no item is produced twice. */
    @TruffleBoundary
    public synchronized Object next() {
        if (index.compareTo(length) >= 0) {
            return null;
        }
        Object item = PBigRange.normalize(range.start().add(index.multiply(range.step())));
        index = index.add(BigInteger.ONE);
        return item;
    }
}
