package taipan.runtime.format;

import java.math.BigInteger;

/** How {@code str % args} converts one operand: the Java-native values directly, others through the callbacks. */
final class PercentValues {
    private PercentValues() {
    }

    static boolean isNative(Object v) {
        return v instanceof String || v instanceof Long || v instanceof Integer || v instanceof BigInteger
                        || v instanceof Boolean || v instanceof Double;
    }

    private static boolean isNativeInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean;
    }

    static String typeName(Object v, PercentOperands ops) {
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Double) {
            return "float";
        }
        return isNativeInt(v) ? "int" : ops.typeName(v);
    }

    /** %s, %r, %a. */
    static String text(Object v, int conversion, PercentOperands ops) {
        if (v instanceof String s) {
            return conversion == 's' ? s : conversion == 'r' ? StrRepr.repr(s) : StrRepr.ascii(s);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (isNativeInt(v)) {
            return IntText.toDecimal(v, ops.maxStrDigits());
        }
        if (v instanceof Double d) {
            return DoubleFormat.repr(d);
        }
        return conversion == 's' ? ops.str(v) : conversion == 'r' ? ops.repr(v) : ops.ascii(v);
    }

    /** mainformatlong: the int to format for %d %i %u %o %x %X. */
    static Object integer(Object v, int type, PercentOperands ops) {
        if (isNativeInt(v)) {
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }
        boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
        Object result = null;
        if (v instanceof Double d) {
            if (!indexOnly) {
                return IntText.fromDouble(d);
            }
        } else if (!(v instanceof String)) {
            Object sub = ops.intSubclassValue(v);
            if (sub != null) {
                return sub;
            }
            if (ops.isNumber(v)) {
                result = indexOnly ? ops.index(v) : ops.toInt(v);
            }
        }
        if (result == null) {
            String what = indexOnly ? "an integer" : "a real number";
            throw FormatError.typeError("%" + (char) type + " format: " + what + " is required, not " + typeName(v, ops));
        }
        return result;
    }

    /** PyFloat_AsDouble for %e %f %g. */
    static double real(Object v, PercentOperands ops) {
        if (v instanceof Double d) {
            return d;
        }
        if (isNativeInt(v)) {
            return IntText.toDouble(v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
        }
        Double d = v instanceof String ? null : ops.toDouble(v);
        if (d == null) {
            throw FormatError.typeError("must be real number, not " + typeName(v, ops));
        }
        return d;
    }

    /** formatchar: %c of a one-character str or an int code point. */
    static int character(Object v, PercentOperands ops) {
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw FormatError.typeError("%c requires int or char");
        }
        Object i = isNativeInt(v) ? v : v instanceof Double ? null : indexOrSubclass(v, ops);
        if (i == null) {
            throw FormatError.typeError("%c requires int or char");
        }
        // PyLong_AsLongAndOverflow: an overflowing int is out of range like any other.
        long x = i instanceof BigInteger big ? (big.bitLength() > 31 ? -1 : big.longValue()) : IntText.asLong(i);
        if (x < 0 || x > 0x10ffff) {
            throw FormatError.overflowError("%c arg not in range(0x110000)");
        }
        return (int) x;
    }

    private static Object indexOrSubclass(Object v, PercentOperands ops) {
        Object sub = ops.intSubclassValue(v);
        return sub != null ? sub : ops.index(v);
    }

    /** A '*' width: an int (PyLong_Check) that fits a C ssize_t. */
    static long starWidth(Object v, PercentOperands ops) {
        Object i = starInt(v, ops);
        if (i instanceof BigInteger) {
            throw FormatError.overflowError("Python int too large to convert to C ssize_t");
        }
        return IntText.asLong(i);
    }

    /** A '*' precision: an int that fits a C int. */
    static int starPrecision(Object v, PercentOperands ops) {
        Object i = starInt(v, ops);
        long l = i instanceof BigInteger ? Long.MAX_VALUE : IntText.asLong(i);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw FormatError.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    private static Object starInt(Object v, PercentOperands ops) {
        Object i = isNativeInt(v) ? v : v instanceof String || v instanceof Double ? null : ops.intSubclassValue(v);
        if (i == null) {
            throw FormatError.typeError("* wants int");
        }
        return i;
    }
}
