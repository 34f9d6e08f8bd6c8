package taipan.builtins.types;

import java.math.BigInteger;

import taipan.runtime.math.Complex;

/** Which operand pairs a numeric type's binary dunder accepts (else it answers {@code NotImplemented}). */
final class NumberKinds {

    static final int INT_ONLY = 0;
    static final int REAL_ONLY = 1;
    static final int ANY = 2;

    private NumberKinds() {
    }

    /**
     * Whether {@code self}'s type handles {@code other}: an int takes ints only (int + float is float's
     * {@code __radd__}), a float takes ints and floats, a complex any number.
     */
    static boolean accepts(int kind, Object self, Object other) {
        int selfRank = rank(self);
        int otherRank = rank(other);
        if (selfRank < 0 || otherRank < 0 || otherRank > selfRank) {
            return false;
        }
        return kind == ANY || (kind == REAL_ONLY && selfRank < 2) || (kind == INT_ONLY && selfRank == 0);
    }

    /** 0 for int (and bool), 1 for float, 2 for complex, -1 for anything else. */
    private static int rank(Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            return 0;
        } else if (value instanceof Double) {
            return 1;
        } else if (value instanceof Complex) {
            return 2;
        }
        return -1;
    }
}
