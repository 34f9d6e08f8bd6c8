package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** Argument conversions shared by the list methods. */
final class ListArgs {

    private ListArgs() {
    }

    /** A start/stop argument of {@code index} (CPython's _PyEval_SliceIndexNotNone): ints clamp, else TypeError. */
    static long sliceIndex(Node node, Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
            return index(node, value);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                        "slice indices must be integers or have an __index__ method");
    }

    /** An index argument ({@code __index__} of int and bool); a huge int clamps, as CPython's slot does for lists. */
    static long index(Node node, Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(node, value));
    }
}
