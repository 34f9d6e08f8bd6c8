package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
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
        PRange doStop(@SuppressWarnings("unused") Object cls, Object end, @SuppressWarnings("unused") Object stop,
                        @SuppressWarnings("unused") Object step) {
            return new PRange(0, index(end), 1);
        }

        @Specialization(guards = "!isNoValue(stop)")
        PRange doStartStop(@SuppressWarnings("unused") Object cls, Object start, Object stop, Object step) {
            long s = step == PNone.NO_VALUE ? 1 : index(step);
            if (s == 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "range() arg 3 must not be zero");
            }
            return new PRange(index(start), index(stop), s);
        }

        private long index(Object value) {
            if (value instanceof Long l) {
                return l;
            } else if (value instanceof Boolean b) {
                return b ? 1 : 0;
            } else if (value instanceof java.math.BigInteger) {
                throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, "Taipan does not support %s yet",
                                "ranges beyond 64-bit bounds");
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                            PythonErrors.typeName(this, value));
        }

        static boolean isNoValue(Object value) {
            return value == PNone.NO_VALUE;
        }
    }
}
