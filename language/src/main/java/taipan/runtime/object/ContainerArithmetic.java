package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ElementOps;
import taipan.runtime.list.ListStorage;
import taipan.runtime.set.SetAlgebra;
import taipan.runtime.set.SetStorage;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The binary operators of built-in containers: {@code +} and {@code *} of lists and tuples, the set algebra
 * operators and {@code dict | dict}. Each method returns null when the operands are not its business, so the caller
 * raises its own "unsupported operand" TypeError.
 */
public final class ContainerArithmetic {
    private ContainerArithmetic() {
    }

    public static boolean isSequence(Object o) {
        return o instanceof PList || o instanceof PTuple;
    }

    /** Operands of the set operators this class handles: sets and dicts on the left, dict views on either side. */
    public static boolean isSetOperand(Object left, Object right) {
        return left instanceof PBaseSet || left instanceof PDict || left instanceof PDictView || right instanceof PDictView;
    }

    /** {@code list + list}, {@code tuple + tuple}; TypeError "can only concatenate list (not "int") to list". */
    @TruffleBoundary
    public static Object concat(ThreadingMode mode, Object left, Object given) {
        Object right = PBuiltinSubclassObject.unwrap(given); // [0] + MyList([1]) is list's own concatenation
        if (left instanceof PList a && right instanceof PList b) {
            ListStorage result = a.getStorage().copy(mode);
            result.extend(mode, b.getStorage());
            return new PList(result);
        } else if (left instanceof PTuple a && right instanceof PTuple b) {
            Object[] items = new Object[a.length() + b.length()];
            System.arraycopy(a.getItems(), 0, items, 0, a.length());
            System.arraycopy(b.getItems(), 0, items, a.length(), b.length());
            return new PTuple(items);
        }
        String kind = left instanceof PList ? "list" : "tuple";
        throw PythonErrors.raise(null, BuiltinType.TYPE_ERROR, "can only concatenate %s (not \"%s\") to %s", kind,
                        PythonErrors.typeName(null, given), kind);
    }

    /** {@code seq * n} or {@code n * seq}; null when neither side is a sequence times an int. */
    @TruffleBoundary
    public static Object repeat(ThreadingMode mode, Object left, Object right) {
        Object seq = isSequence(left) ? left : right;
        Object count = seq == left ? right : left;
        if (count instanceof PythonObject && !(count instanceof PBuiltinSubclassObject) && isSequence(seq)) {
            Object index = UncachedCalls.callSpecial(count, "__index__"); // PySequence_Repeat takes nb_index
            count = index != null ? index : count;
        }
        if (!(count instanceof Long || count instanceof Boolean || count instanceof BigInteger)) {
            if (!isSequence(seq)) {
                return null;
            }
            throw PythonErrors.raise(null, BuiltinType.TYPE_ERROR, "can't multiply sequence by non-int of type '%s'",
                            PythonErrors.typeName(null, count));
        }
        long n;
        if (count instanceof BigInteger big) {
            if (big.signum() > 0) {
                throw PythonErrors.raise(null, BuiltinType.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            n = 0;
        } else {
            n = count instanceof Boolean b ? (b ? 1 : 0) : (Long) count;
        }
        try {
            if (seq instanceof PList list) {
                return new PList(list.getStorage().repeat(mode, n));
            }
            PTuple tuple = (PTuple) seq;
            if (n == 1) {
                return tuple;
            }
            Object[] items = new ListStorage(tuple.getItems()).repeat(mode, n).toArray(mode);
            return items.length == 0 ? PTuple.EMPTY : new PTuple(items);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(null, e);
        }
    }

    /** Set operators with a keys or items view on either side: both sides as sets, the result a set. */
    private static Object viewOperation(ThreadingMode mode, ElementOps ops, Object left, Object right, String symbol) {
        SetStorage x = ContainerItems.asSet(mode, ops, left);
        SetStorage y = ContainerItems.asSet(mode, ops, right);
        if (x == null || y == null) {
            return null;
        }
        SetStorage result = switch (symbol) {
            case "|" -> SetAlgebra.union(mode, ops, x, y);
            case "&" -> SetAlgebra.intersection(mode, ops, x, y);
            case "-" -> SetAlgebra.difference(mode, ops, x, y);
            case "^" -> SetAlgebra.symmetricDifference(mode, ops, x, y);
            default -> null;
        };
        return result == null ? null : new PSet(result);
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} of sets, {@code a | b} of dicts; else null. */
    @TruffleBoundary
    public static Object setOperation(ThreadingMode mode, ElementOps ops, Object left, Object right, String symbol) {
        if (left instanceof PDict a && right instanceof PDict b && symbol.equals("|")) {
            PDict result = new PDict(a.getStorage().copy(mode));
            result.getStorage().update(mode, ops, b.getStorage());
            return result;
        }
        if (left instanceof PDictView || right instanceof PDictView) {
            return viewOperation(mode, ops, left, right, symbol);
        }
        if (!(left instanceof PBaseSet a) || !(right instanceof PBaseSet b)) {
            return null;
        }
        SetStorage x = a.getStorage();
        SetStorage y = b.getStorage();
        SetStorage result = switch (symbol) {
            case "|" -> SetAlgebra.union(mode, ops, x, y);
            case "&" -> SetAlgebra.intersection(mode, ops, x, y);
            case "-" -> SetAlgebra.difference(mode, ops, x, y);
            case "^" -> SetAlgebra.symmetricDifference(mode, ops, x, y);
            default -> null;
        };
        if (result == null) {
            return null;
        }
        return left instanceof PFrozenSet ? new PFrozenSet(result) : new PSet(result);
    }
}
