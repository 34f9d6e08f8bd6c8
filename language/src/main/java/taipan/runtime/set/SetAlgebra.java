package taipan.runtime.set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.list.ElementOps;
import taipan.threading.ThreadingMode;

/**
 * The set algebra producing new sets or answers: union, intersection, difference, symmetric difference, subset,
 * superset, disjointness and equality; each operand is read as a snapshot. Results keep the left operand's order.
 */
public final class SetAlgebra {
    private SetAlgebra() {
    }

    /** {@code a | b}. */
    @TruffleBoundary
    public static SetStorage union(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        SetStorage result = a.copy(mode);
        result.addAll(mode, ops, b.elements(mode));
        return result;
    }

    /** {@code a & b}: the elements of {@code a} also in {@code b} (CPython iterates the smaller; the result is equal). */
    @TruffleBoundary
    public static SetStorage intersection(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        SetStorage result = new SetStorage();
        for (Object e : a.elements(mode)) {
            if (b.contains(mode, ops, e)) {
                result.add(mode, ops, e);
            }
        }
        return result;
    }

    /** {@code a - b}. */
    @TruffleBoundary
    public static SetStorage difference(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        SetStorage result = new SetStorage();
        for (Object e : a.elements(mode)) {
            if (!b.contains(mode, ops, e)) {
                result.add(mode, ops, e);
            }
        }
        return result;
    }

    /** {@code a ^ b}. */
    @TruffleBoundary
    public static SetStorage symmetricDifference(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        SetStorage result = difference(mode, ops, a, b);
        for (Object e : b.elements(mode)) {
            if (!a.contains(mode, ops, e)) {
                result.add(mode, ops, e);
            }
        }
        return result;
    }

    /** {@code a <= b}. */
    @TruffleBoundary
    public static boolean isSubset(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        Object[] elements = a.elements(mode);
        if (elements.length > b.length(mode)) {
            return false;
        }
        for (Object e : elements) {
            if (!b.contains(mode, ops, e)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a >= b}. */
    public static boolean isSuperset(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        return isSubset(mode, ops, b, a);
    }

    /** {@code a < b}. */
    public static boolean isProperSubset(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        return a.length(mode) < b.length(mode) && isSubset(mode, ops, a, b);
    }

    /** {@code a == b}. */
    public static boolean isEqual(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        return a.length(mode) == b.length(mode) && isSubset(mode, ops, a, b);
    }

    /** {@code a.isdisjoint(b)}. */
    @TruffleBoundary
    public static boolean isDisjoint(ThreadingMode mode, ElementOps ops, SetStorage a, SetStorage b) {
        for (Object e : a.elements(mode)) {
            if (b.contains(mode, ops, e)) {
                return false;
            }
        }
        return true;
    }
}
