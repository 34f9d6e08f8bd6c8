package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PException;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.InteropArray;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;

/**
 * The one place where values cross between Python and other languages. Outgoing, a Python value that is not already
 * an interop value (an int beyond long, a list, an object...) is wrapped in a {@link PythonValue}; incoming, Java's
 * boxed numbers and strings become Python's {@code int}/{@code float}/{@code str}, foreign numbers, strings,
 * booleans and nulls are converted, a wrapper is unwrapped, and other foreign objects stay as they are (Python sees
 * them as {@code polyglot.ForeignObject}).
 */
public final class InteropBoundary {

    private InteropBoundary() {
    }

    /** A Python value as an interop value (what a Java embedder or another language may receive). */
    public static Object toInterop(Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof Double || value instanceof TruffleString
                        || value instanceof Integer || value instanceof PythonValue || value instanceof PException) {
            return value;
        } else if (value instanceof PNone) {
            return PNone.NONE;
        }
        return wrapSlow(value);
    }

    @TruffleBoundary
    private static Object wrapSlow(Object value) {
        if (value instanceof String s) {
            return PyStrings.of(s);
        } else if (isForeign(value)) {
            return value;
        }
        return new PythonValue(value);
    }

    /** Whether {@code value} belongs to another language (or the host), not to Python. */
    public static boolean isForeign(Object value) {
        return value instanceof TruffleObject && !(value instanceof PythonObject || value instanceof PythonModule
                        || value instanceof PNone || value instanceof InteropArray || value instanceof PythonValue
                        || value instanceof PException || value instanceof GlobalScope);
    }

    /** An interop value as a Python value. */
    public static Object toPython(Object value) {
        if (value instanceof Long || value instanceof Boolean || value instanceof Double || value instanceof PNone) {
            return value;
        } else if (value instanceof PythonValue w) {
            return w.getValue();
        }
        return toPythonSlow(value);
    }

    @TruffleBoundary
    private static Object toPythonSlow(Object value) {
        if (value instanceof TruffleString ts) {
            return ts.switchEncodingUncached(PyStrings.ENCODING);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        } else if (value instanceof Float f) {
            return (double) f;
        } else if (value instanceof String || value instanceof Character) {
            return PyStrings.of(value.toString());
        } else if (isForeign(value)) {
            return fromForeign(value);
        }
        return value;
    }

    /** A foreign null, boolean, string or number becomes Python's; other foreign objects stay foreign. */
    private static Object fromForeign(Object value) {
        InteropLibrary lib = InteropLibrary.getUncached(value);
        try {
            if (lib.isNull(value)) {
                return PNone.NONE;
            } else if (lib.isBoolean(value)) {
                return lib.asBoolean(value);
            } else if (lib.isString(value)) {
                return lib.asTruffleString(value).switchEncodingUncached(PyStrings.ENCODING);
            } else if (lib.isNumber(value)) {
                if (lib.fitsInLong(value)) {
                    return lib.asLong(value);
                } else if (lib.fitsInBigInteger(value)) {
                    return lib.asBigInteger(value);
                } else if (lib.fitsInDouble(value)) {
                    return lib.asDouble(value);
                }
            }
        } catch (UnsupportedMessageException e) {
            return value;
        }
        return value;
    }

    /** Every argument converted with {@link #toPython}. */
    public static Object[] toPython(Object[] arguments) {
        Object[] result = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            result[i] = toPython(arguments[i]);
        }
        return result;
    }

    /** Every argument converted with {@link #toInterop}. */
    public static Object[] toInterop(Object[] arguments) {
        Object[] result = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            result[i] = toInterop(arguments[i]);
        }
        return result;
    }
}
