package taipan.builtins.functions;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.math.Complex;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;

/**
 * The number protocols of objects that are not built-in numbers ({@code __index__}, {@code __int__},
 * {@code __float__}, {@code __complex__}...), as CPython's {@code PyNumber_Index}, {@code PyNumber_Long},
 * {@code PyFloat_AsDouble} call them. Slow paths: built-in numbers never come here.
 */
public final class NumberProtocols {

    private NumberProtocols() {
    }

    /** {@code type(value).<dunder>(value, *args)}, or {@code null} when the type has no such method. */
    @TruffleBoundary
    public static Object call(Object value, String dunder, Object... args) {
        return UncachedCalls.callSpecial(value, dunder, args);
    }

    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    /** {@code __index__}: an int, or {@code null} when there is no such method; TypeError for a non-int result. */
    public static Object index(Node node, Object value) {
        Object result = call(value, "__index__");
        if (result != null && !isInt(result)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "__index__ returned non-int (type %s)",
                            PythonErrors.typeName(node, result));
        }
        return result instanceof Boolean b ? (Object) (b ? 1L : 0L) : result;
    }

    /** {@code int(value)} of a non-number: {@code __int__}, {@code __index__}, then {@code __trunc__}; or null. */
    public static Object toInt(Node node, Object value) {
        Object result = call(value, "__int__");
        if (result != null) {
            if (!isInt(result)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "__int__ returned non-int (type %s)",
                                PythonErrors.typeName(node, result));
            }
            if (result instanceof Boolean) {
                taipan.nodes.module.PythonWarnings.warn(node, BuiltinType.DEPRECATION_WARNING, "__int__ returned non-int "
                                + "(type bool).  The ability to return an instance of a strict subclass of int is "
                                + "deprecated, and may be removed in a future version of Python.", 1);
            }
            return result instanceof Boolean b ? (Object) (b ? 1L : 0L) : result;
        }
        result = index(node, value);
        if (result != null) {
            return result;
        }
        if (taipan.runtime.object.PythonTypes.classOf(taipan.language.TaipanLanguage.get(node), value)
                        .lookup("__trunc__") != null) {
            taipan.nodes.module.PythonWarnings.warn(node, BuiltinType.DEPRECATION_WARNING,
                            "The delegation of int() to __trunc__ is deprecated.", 1);
        }
        result = call(value, "__trunc__");
        if (result != null && !isInt(result)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "__trunc__ returned non-Integral (type %s)",
                            PythonErrors.typeName(node, result));
        }
        return result;
    }

    /** {@code float(value)} of a non-number: {@code __float__}, then {@code __index__}; {@code null} if neither. */
    public static Double toDouble(Node node, Object value) {
        Object result = call(value, "__float__");
        if (result != null) {
            if (!(result instanceof Double d)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s.__float__ returned non-float (type %s)",
                                PythonErrors.typeName(node, value), PythonErrors.typeName(node, result));
            }
            return d;
        }
        Object index = index(node, value);
        return index == null ? null : taipan.runtime.number.Numbers.toDouble(node, index);
    }

    /** {@code complex(value)} of a non-number: {@code __complex__}, then as float; {@code null} if neither. */
    public static Complex toComplex(Node node, Object value) {
        Object result = call(value, "__complex__");
        if (result != null) {
            if (!(result instanceof Complex c)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "__complex__ returned non-complex (type %s)",
                                PythonErrors.typeName(node, result));
            }
            return c;
        }
        Double d = toDouble(node, value);
        return d == null ? null : new Complex(d, 0.0);
    }
}
