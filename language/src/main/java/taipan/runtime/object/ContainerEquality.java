package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.list.ElementOps;
import taipan.runtime.set.SetAlgebra;
import taipan.threading.ThreadingMode;

/**
 * Rich comparisons of built-in containers: sequences lexicographically (CPython's list_richcompare /
 * tuplerichcompare), dicts by content, sets by inclusion, ranges as the sequences they stand for.
 */
public final class ContainerEquality {
    /** Operator codes, in CPython's order (Py_LT ... Py_GE). */
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

    private ContainerEquality() {
    }

    /** {@code a == b} for containers other than list/list and tuple/tuple; false when not both containers. */
    @TruffleBoundary
    static boolean eq(ThreadingMode mode, ElementOps ops, Object a, Object b) {
        Boolean r = compare(mode, ops, a, b, EQ);
        return r != null && r;
    }

    /** {@code a < b}; TypeError when the types do not order. */
    @TruffleBoundary
    static boolean lt(ThreadingMode mode, ElementOps ops, Object a, Object b) {
        Boolean r = compare(mode, ops, a, b, LT);
        if (r == null) {
            throw PythonErrors.notSupportedBetween(null, "<", a, b);
        }
        return r;
    }

    /** Whether both values are containers this class compares. */
    public static boolean isContainer(Object v) {
        return v instanceof PList || v instanceof PTuple || v instanceof PDict || v instanceof PBaseSet || v instanceof PRange
                        || v instanceof PDictView || v instanceof PSlice;
    }

    /** {@code a <op> b}, or null when the pair is not comparable with {@code op} (NotImplemented both ways). */
    @TruffleBoundary
    public static Boolean compare(ThreadingMode mode, ElementOps ops, Object a, Object b, int op) {
        if (a instanceof PList x && b instanceof PList y) {
            return sequences(ops, x.getStorage().toArray(mode), y.getStorage().toArray(mode), op);
        } else if (a instanceof PTuple x && b instanceof PTuple y) {
            return sequences(ops, x.getItems(), y.getItems(), op);
        } else if (a instanceof PSlice x && b instanceof PSlice y) {
            // slices compare as the tuples (start, stop, step) (Objects/sliceobject.c, slice_richcompare)
            return sequences(ops, new Object[]{x.getStart(), x.getStop(), x.getStep()},
                            new Object[]{y.getStart(), y.getStop(), y.getStep()}, op);
        } else if (a instanceof PBaseSet x && b instanceof PBaseSet y) {
            return sets(mode, ops, x, y, op);
        } else if (isSetLike(a) && isSetLike(b) && (a instanceof PDictView || b instanceof PDictView)) {
            return sets(mode, ops, new PSet(ContainerItems.asSet(mode, ops, a)), new PSet(ContainerItems.asSet(mode, ops, b)), op);
        } else if (op != EQ && op != NE) {
            return null;
        }
        boolean equal;
        if (a instanceof PDict x && b instanceof PDict y) {
            equal = dicts(mode, ops, x, y);
        } else if (a instanceof PRange x && b instanceof PRange y) {
            equal = ranges(x, y);
        } else {
            equal = a == b;
        }
        return equal == (op == EQ);
    }

    /** A TypeError for an ordering between containers that have none. */
    @TruffleBoundary
    public static RuntimeException unorderable(Object a, Object b, int op) {
        return PythonErrors.notSupportedBetween(null, SYMBOLS[op], a, b);
    }

    /** Sets and the keys and items views, which compare as sets. */
    private static boolean isSetLike(Object o) {
        return o instanceof PBaseSet || (o instanceof PDictView v && v.getKind() != taipan.runtime.dict.DictIteratorState.Kind.VALUES);
    }

    /**
     * CPython's identity shortcut: a float stored unboxed lost its identity, so bit-equal floats count as the same
     * object ({@code [nan] == [nan]} is true, as in CPython, where both lists hold one object).
     */
    static boolean isSame(Object a, Object b) {
        return a == b || a instanceof Double x && b instanceof Double y
                        && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
    }

    private static Boolean sequences(ElementOps ops, Object[] x, Object[] y, int op) {
        int n = Math.min(x.length, y.length);
        int i = 0;
        while (i < n && (isSame(x[i], y[i]) || ops.eq(x[i], y[i]))) {
            i++;
        }
        if (i >= n) {
            int c = Integer.compare(x.length, y.length);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }
        return switch (op) {
            case EQ -> false;
            case NE -> true;
            case LT, LE -> ops.lt(x[i], y[i]);
            default -> ops.lt(y[i], x[i]);
        };
    }

    private static Boolean sets(ThreadingMode mode, ElementOps ops, PBaseSet x, PBaseSet y, int op) {
        int lx = x.getStorage().length(mode);
        int ly = y.getStorage().length(mode);
        return switch (op) {
            case EQ -> lx == ly && SetAlgebra.isSubset(mode, ops, x.getStorage(), y.getStorage());
            case NE -> !(lx == ly && SetAlgebra.isSubset(mode, ops, x.getStorage(), y.getStorage()));
            case LT -> lx < ly && SetAlgebra.isSubset(mode, ops, x.getStorage(), y.getStorage());
            case LE -> SetAlgebra.isSubset(mode, ops, x.getStorage(), y.getStorage());
            case GT -> ly < lx && SetAlgebra.isSubset(mode, ops, y.getStorage(), x.getStorage());
            default -> SetAlgebra.isSubset(mode, ops, y.getStorage(), x.getStorage());
        };
    }

    private static boolean dicts(ThreadingMode mode, ElementOps ops, PDict x, PDict y) {
        if (x == y) {
            return true;
        }
        Object[][] entries = x.getStorage().snapshot(mode);
        if (entries[0].length != y.getStorage().length(mode)) {
            return false;
        }
        for (int i = 0; i < entries[0].length; i++) {
            Object other = y.getStorage().get(mode, ops, entries[0][i]);
            if (other == null || !(other == entries[1][i] || ops.eq(entries[1][i], other))) {
                return false;
            }
        }
        return true;
    }

    /** Equal ranges have equal lengths and, when not empty, equal starts and (beyond one item) equal steps. */
    private static boolean ranges(PRange x, PRange y) {
        long n = x.length();
        if (n != y.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        return x.getStart() == y.getStart() && (n == 1 || x.getStep() == y.getStep());
    }
}
