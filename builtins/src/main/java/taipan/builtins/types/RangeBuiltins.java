package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.iterator.PBigRange;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code range}: the constructor (CPython's {@code range_new}). */
public final class RangeBuiltins {

    private RangeBuiltins() {
    }

    @Builtin(name = "range", parameterNames = {"cls", "start", "stop", "step"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.RANGE)
    abstract static class RangeNode extends PythonQuaternaryBuiltinNode {

        @Specialization(guards = "isNoValue(stop)")
        Object doStop(@SuppressWarnings("unused") Object cls, Object end, @SuppressWarnings("unused") Object stop,
                        @SuppressWarnings("unused") Object step) {
            Object e = index(end);
            return e instanceof Long l ? new PRange(0, l, 1) : PBigRange.of(BigInteger.ZERO, (BigInteger) e, BigInteger.ONE);
        }

        @Specialization(guards = "!isNoValue(stop)")
        Object doStartStop(@SuppressWarnings("unused") Object cls, Object start, Object stop, Object step) {
            Object s = step == PNone.NO_VALUE ? (Object) 1L : index(step);
            if (s instanceof Long l && l == 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "range() arg 3 must not be zero");
            }
            Object a = index(start);
            Object b = index(stop);
            if (a instanceof Long x && b instanceof Long y && s instanceof Long z) {
                return new PRange(x, y, z);
            }
            return PBigRange.of(big(a), big(b), big(s));
        }

        @TruffleBoundary
        private static BigInteger big(Object value) {
            return value instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) value;
        }

        /** A bound as a Long or, beyond 64 bits, a BigInteger; objects with {@code __index__} too. */
        private Object index(Object value) {
            if (value instanceof Long || value instanceof java.math.BigInteger) {
                return value;
            } else if (value instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            return taipan.builtins.functions.NumberArgs.index(this, value);
        }

        static boolean isNoValue(Object value) {
            return value == PNone.NO_VALUE;
        }
    }
}
