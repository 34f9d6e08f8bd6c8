package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.ContainerSearch;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** {@code range.index} and {@code range.count}: arithmetic for ints, a scan comparing with {@code ==} otherwise. */
@CoreFunctions(extendClasses = BuiltinType.RANGE)
public final class RangeMethodsBuiltins {

    private RangeMethodsBuiltins() {
    }

    @Builtin(name = "index", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doIndex(PRange self, Object value) {
            BuiltinEquality ops = ListBuiltins.equality(this);
            if (PythonTypes.isInteger(value)) {
                if (ContainerSearch.inRange(ops, self, value)) {
                    long v = value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
                    return (v - self.getStart()) / self.getStep();
                }
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s is not in range", Repr.repr(value));
            }
            long n = self.length();
            for (long i = 0; i < n; i++) {
                if (ops.eq(self.getStart() + i * self.getStep(), value)) {
                    return i;
                }
            }
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "sequence.index(x): x not in sequence");
        }

        @Specialization
        Object doBigIndex(taipan.runtime.iterator.PBigRange self, Object value) {
            if (taipan.nodes.expression.BigRanges.contains(self, value)) {
                return indexOf(self, value);
            }
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s is not in range", Repr.repr(value));
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static Object indexOf(taipan.runtime.iterator.PBigRange self, Object value) {
            java.math.BigInteger v = value instanceof Long l ? java.math.BigInteger.valueOf(l)
                            : value instanceof java.math.BigInteger b ? b : java.math.BigInteger.valueOf(value == Boolean.TRUE ? 1 : 0);
            return taipan.runtime.iterator.PBigRange.normalize(self.indexOf(v));
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doCount(PRange self, Object value) {
            BuiltinEquality ops = ListBuiltins.equality(this);
            if (PythonTypes.isInteger(value)) {
                return ContainerSearch.inRange(ops, self, value) ? 1 : 0;
            }
            long n = self.length();
            long count = 0;
            for (long i = 0; i < n; i++) {
                if (ops.eq(self.getStart() + i * self.getStep(), value)) {
                    count++;
                }
            }
            return count;
        }

        @Specialization
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        long doBigCount(taipan.runtime.iterator.PBigRange self, Object value) {
            if (PythonTypes.isInteger(value)) {
                return taipan.nodes.expression.BigRanges.contains(self, value) ? 1 : 0;
            }
            BuiltinEquality ops = ListBuiltins.equality(this);
            long count = 0;
            for (java.math.BigInteger i = java.math.BigInteger.ZERO; i.compareTo(self.length()) < 0; i = i.add(
                            java.math.BigInteger.ONE)) {
                count += ops.eq(self.item(i), value) ? 1 : 0;
            }
            return count;
        }
    }
}
