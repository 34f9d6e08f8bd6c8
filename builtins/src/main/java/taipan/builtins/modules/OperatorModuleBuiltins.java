package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.functions.NumberProtocols;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PListIterator;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code _operator} module's functions whose pure-Python versions in {@code operator.py} behave differently
 * from CPython's C ones ({@code Modules/_operator.c}); {@code operator.py} takes these over the rest.
 */
@CoreFunctions(defineModule = "_operator")
public final class OperatorModuleBuiltins {

    private OperatorModuleBuiltins() {
    }

    /** {@code operator.index(a)}: {@code PyNumber_Index}, a TypeError for an object without {@code __index__}. */
    @Builtin(name = "index", parameterNames = "a", minNumOfPositionalArgs = 1)
    abstract static class IndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIndex(Object a) {
            if (a instanceof Long || a instanceof java.math.BigInteger) {
                return a;
            } else if (a instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            Object result = a instanceof Double ? null : NumberProtocols.index(this, a);
            if (result == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(this, a));
            }
            return result;
        }
    }

    /** {@code operator.length_hint(obj, default=0)}: {@code len(obj)}, else {@code __length_hint__}, else default. */
    @Builtin(name = "length_hint", parameterNames = {"obj", "default"}, minNumOfPositionalArgs = 1)
    abstract static class LengthHintNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doHint(Object obj, Object defaultValue) {
            long fallback = defaultValue == PNone.NO_VALUE ? 0 : checkDefault(defaultValue);
            if (obj instanceof PRangeIterator range) {
                return range.remaining();
            } else if (obj instanceof PListIterator list) {
                return (long) list.getState().lengthHint(TaipanLanguage.get(this).threadingMode());
            } else if (obj instanceof taipan.runtime.iterator.PReversed reversed) {
                return reversed.remaining();
            }
            Object len = SpecialMethods.callUncached(this, obj, "__len__", new Object[0]);
            if (len != null) {
                return ObjectProtocols.checkLength(this, len);
            }
            Object hint = SpecialMethods.callUncached(this, obj, "__length_hint__", new Object[0]);
            if (hint == null || hint == PNotImplemented.NOT_IMPLEMENTED) {
                return fallback;
            } else if (!(hint instanceof Long || hint instanceof Boolean)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__length_hint__ must be an integer, not %s",
                                PythonErrors.typeName(this, hint));
            }
            long n = hint instanceof Boolean b ? (b ? 1 : 0) : (Long) hint;
            if (n < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "__length_hint__() should return >= 0");
            }
            return n;
        }

        private long checkDefault(Object value) {
            if (!(value instanceof Long l)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(this, value));
            }
            return l;
        }
    }
}
