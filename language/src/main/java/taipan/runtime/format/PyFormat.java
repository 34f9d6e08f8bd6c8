package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code format(value, spec)} for int, float and str: the __format__ methods of CPython's Python/formatter_unicode.c.
 * An empty spec means str(value); callers holding a subclass with its own __str__ (bool included) handle that case.
 */
public final class PyFormat {
    private PyFormat() {
    }

    /** format(v, spec) for an int ({@code Long}, {@code Integer} or {@code BigInteger}), type name "int". */
    public static String formatInt(Object v, String spec) {
        return formatInt(v, spec, "int", IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /** format(v, spec) for an int of type {@code typeName}, with the interpreter's int_max_str_digits. */
    @TruffleBoundary
    public static String formatInt(Object v, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.toDecimal(v, maxStrDigits);
        }
        FormatSpec s = FormatSpec.parse(spec, 'd', '>', typeName);
        return switch (s.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatIntInternal(v, s, maxStrDigits);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloatInternal(IntText.toDouble(v), s);
            default -> throw FormatSpec.unknownCode(s.type(), typeName);
        };
    }

    /** format(b, spec) for a bool: str(b) for an empty spec, else formatted as the int 0 or 1 (type name "bool"). */
    @TruffleBoundary
    public static String formatBool(boolean b, String spec, int maxStrDigits) {
        if (spec.isEmpty()) {
            return b ? "True" : "False";
        }
        return formatInt(b ? 1L : 0L, spec, "bool", maxStrDigits);
    }

    /** object.__format__'s TypeError for a non-empty spec on a type without its own __format__. */
    public static FormatError unsupportedFormatString(String typeName) {
        return FormatError.typeError("unsupported format string passed to " + typeName + ".__format__");
    }

    /** format(x, spec) for a float. */
    public static String formatFloat(double x, String spec) {
        return formatFloat(x, spec, "float");
    }

    /** format(x, spec) for a float of type {@code typeName}. */
    @TruffleBoundary
    public static String formatFloat(double x, String spec, String typeName) {
        if (spec.isEmpty()) {
            return DoubleFormat.repr(x);
        }
        FormatSpec s = FormatSpec.parse(spec, 0, '>', typeName);
        return switch (s.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloatInternal(x, s);
            default -> throw FormatSpec.unknownCode(s.type(), typeName);
        };
    }

    /** format(s, spec) for a str. */
    public static String formatStr(String value, String spec) {
        return formatStr(value, spec, "str");
    }

    /** format(s, spec) for a str of type {@code typeName}. */
    @TruffleBoundary
    public static String formatStr(String value, String spec, String typeName) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec s = FormatSpec.parse(spec, 's', '<', typeName);
        if (s.type() != 's') {
            throw FormatSpec.unknownCode(s.type(), typeName);
        }
        return formatStrInternal(value, s);
    }

    static String formatStrInternal(String value, FormatSpec s) {
        if (s.sign() != 0) {
            throw FormatError.valueError(s.sign() == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
        }
        if (s.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.alternate()) {
            throw FormatError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align() == '=') {
            throw FormatError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = value.codePointCount(0, value.length());
        if ((s.width() == -1 || s.width() <= len) && (s.precision() == -1 || s.precision() >= len)) {
            return value;
        }
        String text = value;
        if (s.precision() >= 0 && len >= s.precision()) {
            len = (int) s.precision();
            text = value.substring(0, value.offsetByCodePoints(0, len));
        }
        return NumberLayout.pad(text, len, s);
    }

    static String formatIntInternal(Object v, FormatSpec s, int maxStrDigits) {
        if (s.precision() != -1) {
            throw FormatError.valueError("Precision not allowed in integer format specifier");
        }
        if (s.noNegZero()) {
            throw FormatError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int type = s.type();
        if (type == 'c') {
            if (s.sign() != 0) {
                throw FormatError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (s.alternate()) {
                throw FormatError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long x = IntText.toCLong(v);
            if (x < 0 || x > 0x10ffff) {
                throw FormatError.overflowError("%c arg not in range(0x110000)");
            }
            return NumberLayout.layout(s, false, "", "", false, Character.toString((int) x), false);
        }
        int base = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = IntText.absDigits(v, base, maxStrDigits);
        String prefix = "";
        if (s.alternate() && base != 10) {
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        return NumberLayout.layout(s, IntText.isNegative(v), prefix, digits, false, "", type != 'n');
    }

    static String formatFloatInternal(double value, FormatSpec s) {
        if (s.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        int precision = (int) s.precision();
        int defaultPrecision = 6;
        int flags = (s.alternate() ? DoubleFormat.ALT : 0) | (s.noNegZero() ? DoubleFormat.NO_NEG_0 : 0);
        int type = s.type();
        if (type == 0) {
            // No type: like repr, or like 'g' with at least one digit after the point when a precision is given.
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        double val = value;
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            val *= 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = DoubleFormat.format(val, (char) type, precision, flags);
        if (percent) {
            buf += '%';
        }
        return layoutDoubleText(buf, s, s.type() != 'n');
    }

    /** Splits PyOS_double_to_string's text into sign, digits, decimal point and remainder, and lays it out. */
    static String layoutDoubleText(String buf, FormatSpec s, boolean grouping) {
        boolean negative = buf.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < buf.length() && buf.charAt(pos) >= '0' && buf.charAt(pos) <= '9') {
            pos++;
        }
        boolean hasDecimal = pos < buf.length() && buf.charAt(pos) == '.';
        String remainder = buf.substring(hasDecimal ? pos + 1 : pos);
        return NumberLayout.layout(s, negative, "", buf.substring(start, pos), hasDecimal, remainder, grouping);
    }
}
