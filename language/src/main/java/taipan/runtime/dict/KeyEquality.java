package taipan.runtime.dict;

import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.list.ElementOps;
import taipan.runtime.object.PTuple;

/**
 * Key comparison for the hash table: identity, then built-in values (int, bool, float, str) compared directly, then
 * the {@link ElementOps#eq} callback, which may run guest code.
 */
final class KeyEquality {
    static final int FALSE = 0;
    static final int TRUE = 1;
    /** Neither key is a built-in value the table compares itself: call back. */
    static final int UNKNOWN = 2;

    private KeyEquality() {
    }

    /** Whether {@code a == b} is decidable without guest code: TRUE, FALSE or UNKNOWN. */
    static int direct(Object a, Object b) {
        if (a == b) {
            return TRUE;
        }
        if (a instanceof TruffleString x) {
            return b instanceof TruffleString y ? bool(x.equals(y)) : isNumber(b) || b instanceof String ? FALSE : UNKNOWN;
        }
        if (a instanceof String x) {
            return b instanceof String y ? bool(x.equals(y)) : isNumber(b) || b instanceof TruffleString ? FALSE : UNKNOWN;
        }
        if (isNumber(a)) {
            if (isNumber(b)) {
                return bool(numbersEqual(a, b));
            }
            return b instanceof TruffleString || b instanceof String ? FALSE : UNKNOWN;
        }
        return UNKNOWN;
    }

    /**
     * {@link #direct} with a caller's cached node for str comparisons, in compiled code: two strs, and two tuples whose
     * items are pairwise identical or strs (the rest, as any other pair, UNKNOWN: the callback decides).
     */
    static int direct(Object a, Object b, TruffleString.EqualNode strEq) {
        if (a instanceof TruffleString x && b instanceof TruffleString y) {
            return bool(x == y || strEq.execute(x, y, TruffleString.Encoding.UTF_32));
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return tuples(x.getItems(), y.getItems(), strEq);
        }
        return direct(a, b);
    }

    private static int tuples(Object[] x, Object[] y, TruffleString.EqualNode strEq) {
        if (x.length != y.length) {
            return UNKNOWN;
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                continue;
            }
            if (!(x[i] instanceof TruffleString s) || !(y[i] instanceof TruffleString t)) {
                return UNKNOWN;
            }
            if (!strEq.execute(s, t, TruffleString.Encoding.UTF_32)) {
                return FALSE; // CPython's tuplerichcompare stops at the first unequal item too
            }
        }
        return TRUE;
    }

    private static int bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Double;
    }

    private static boolean numbersEqual(Object a, Object b) {
        if (a instanceof Double x) {
            return b instanceof Double y ? taipan.runtime.number.NanIdentity.identicalOrEqual(x, y) : floatEqualsInt(x, asLong(b));
        }
        if (b instanceof Double y) {
            return floatEqualsInt(y, asLong(a));
        }
        return asLong(a) == asLong(b);
    }

    private static long asLong(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : (Long) o;
    }

    /** Python's exact int/float comparison: 2**53 + 1 != float(2**53). */
    private static boolean floatEqualsInt(double d, long l) {
        return d == (double) l && d != 0x1p63 && (long) d == l;
    }
}
