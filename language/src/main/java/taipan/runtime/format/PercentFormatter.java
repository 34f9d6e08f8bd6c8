package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style {@code str % args}: PyUnicode_Format (Objects/unicodeobject.c), its flags, conversions and errors. */
public final class PercentFormatter {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final int[] fmt;
    private final PercentOperands ops;
    private final StringBuilder out;
    private int pos;
    private int cnt;
    private Object args;
    private Object[] tuple;
    private int argLen;
    private int argIdx;
    private final Object dict;

    // The conversion being parsed (unicode_format_arg_t).
    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private PercentFormatter(String format, Object args, PercentOperands ops) {
        this.fmt = format.codePoints().toArray();
        this.ops = ops;
        this.out = new StringBuilder(format.length() + 16);
        this.args = args;
        this.tuple = PercentValues.isNative(args) ? null : ops.tupleItems(args);
        if (tuple != null) {
            argLen = tuple.length;
            argIdx = 0;
        } else {
            argLen = -1;
            argIdx = -2;
        }
        boolean mapping = !PercentValues.isNative(args) && ops.isMapping(args);
        this.dict = mapping && tuple == null ? args : null;
    }

    /** {@code format % args}. */
    @TruffleBoundary
    public static String format(String format, Object args, PercentOperands ops) {
        return new PercentFormatter(format, args, ops).run();
    }

    private int read(int i) {
        // The C code reads the terminating NUL one past the end.
        return i < fmt.length ? fmt[i] : 0;
    }

    private String run() {
        cnt = fmt.length;
        pos = 0;
        while (--cnt >= 0) {
            if (read(pos) != '%') {
                int start = pos++;
                while (cnt >= 0 && read(pos) != '%') {
                    pos++;
                    cnt--;
                }
                if (cnt < 0) {
                    pos--;
                }
                for (int i = start; i < pos; i++) {
                    out.appendCodePoint(fmt[i]);
                }
            } else {
                pos++;
                formatArg();
            }
        }
        if (argIdx < argLen && dict == null) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private Object nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? args : tuple[i];
        }
        throw FormatError.typeError("not enough arguments for format string");
    }

    private void formatArg() {
        ch = read(pos);
        if (ch == '%') {
            pos++;
            cnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parseArg();
        String str = convert();
        output(str);
        if (dict != null && argIdx < argLen) {
            throw FormatError.typeError("not all arguments converted during string formatting");
        }
    }

    /** unicode_format_arg_parse: mapping key, flags, width, precision and length modifier. */
    private void parseArg() {
        if (ch == '(') {
            parseKey();
        }
        while (--cnt >= 0) {
            ch = read(pos++);
            int flag = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
        }
        parseWidth();
        if (ch == '.') {
            parsePrecision();
        }
        if (cnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
            advance();
        }
        if (cnt < 0) {
            throw FormatError.valueError("incomplete format");
        }
    }

    private void parseWidth() {
        if (ch == '*') {
            width = PercentValues.starWidth(nextArg(), ops);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            advance();
        } else if (ch >= '0' && ch <= '9') {
            width = number(Long.MAX_VALUE, "width too big");
        }
    }

    /** The decimal number that starts at {@code ch}, at most {@code max}; leaves {@code ch} on what follows it. */
    private long number(long max, String tooBig) {
        long n = ch - '0';
        while (--cnt >= 0) {
            ch = read(pos++);
            if (ch < '0' || ch > '9') {
                break;
            }
            if (n > (max - (ch - '0')) / 10) {
                throw FormatError.valueError(tooBig);
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private void advance() {
        if (--cnt >= 0) {
            ch = read(pos++);
        }
    }

    private void parseKey() {
        if (dict == null) {
            throw FormatError.typeError("format requires a mapping");
        }
        ++pos;
        --cnt;
        int keyStart = pos;
        int pcount = 1;
        while (pcount > 0 && --cnt >= 0) {
            ch = read(pos);
            if (ch == ')') {
                --pcount;
            } else if (ch == '(') {
                ++pcount;
            }
            pos++;
        }
        if (cnt < 0 || pcount > 0) {
            throw FormatError.valueError("incomplete format key");
        }
        String key = new String(fmt, keyStart, pos - keyStart - 1);
        args = ops.getItem(dict, key);
        tuple = null;
        argLen = -1;
        argIdx = -2;
    }

    private void parsePrecision() {
        prec = 0;
        advance();
        if (ch == '*') {
            prec = PercentValues.starPrecision(nextArg(), ops);
            if (prec < 0) {
                prec = 0;
            }
            advance();
        } else if (ch >= '0' && ch <= '9') {
            prec = (int) number(Integer.MAX_VALUE, "precision too big");
        }
    }

    /** unicode_format_arg_format: the text of one conversion, before padding. */
    private String convert() {
        Object v = nextArg();
        switch (ch) {
            case 's', 'r', 'a':
                return PercentValues.text(v, ch, ops);
            case 'i', 'd', 'u', 'o', 'x', 'X':
                sign = true;
                Object iv = PercentValues.integer(v, ch, ops);
                return formatLong(iv, (flags & F_ALT) != 0, prec, ch, ops.maxStrDigits());
            case 'e', 'E', 'f', 'F', 'g', 'G':
                sign = true;
                double x = PercentValues.real(v, ops);
                return DoubleFormat.format(x, (char) ch, prec < 0 ? 6 : prec, (flags & F_ALT) != 0 ? DoubleFormat.ALT : 0);
            case 'c':
                return Character.toString(PercentValues.character(v, ops));
            default:
                char shown = ch >= 31 && ch <= 126 ? (char) ch : '?';
                throw FormatError.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(ch)
                                + ") at index " + (pos - 1));
        }
    }

    /** _PyUnicode_FormatLong: digits in the base, zero-extended to the precision, with the alternate prefix. */
    static String formatLong(Object v, boolean alt, int prec, int type, int maxDigits) {
        if (prec > Integer.MAX_VALUE - 3) {
            throw FormatError.overflowError("precision too large");
        }
        int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = IntText.absDigits(v, base, maxDigits);
        StringBuilder sb = new StringBuilder(Math.max(prec, digits.length()) + 4);
        if (IntText.isNegative(v)) {
            sb.append('-');
        }
        if (alt && base != 10) {
            sb.append('0').append(base == 8 ? 'o' : 'x');
        }
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return type == 'X' ? sb.toString().toUpperCase() : sb.toString();
    }

    /** unicode_format_arg_output: sign, alternate prefix and padding around the converted text. */
    private void output(String str) {
        int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        int[] s = str.codePoints().toArray();
        int len = s.length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = prec;
        }
        int signChar = signChar(len > 0 ? s[0] : 0);
        int p = signChar != 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        len -= p;
        long w = Math.max(width, len);
        boolean altPrefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        // With zero fill, sign and prefix go before the padding; with spaces, after it.
        if (fill != ' ') {
            signAndPrefix(signChar, altPrefix);
        }
        if (sign && w > len) {
            w--;
        }
        if (altPrefix) {
            w = Math.max(0, w - 2);
            len -= 2;
            p += 2;
        }
        if (w > len && (flags & F_LJUST) == 0) {
            NumberLayout.fill(out, fill, w - len);
            w = len;
        }
        if (fill == ' ') {
            signAndPrefix(signChar, altPrefix);
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(s[p + i]);
        }
        NumberLayout.fill(out, ' ', w - len);
    }

    private void signAndPrefix(int signChar, boolean altPrefix) {
        if (sign) {
            out.appendCodePoint(signChar);
        }
        if (altPrefix) {
            out.append('0').appendCodePoint(ch);
        }
    }

    /** The sign to write for a numeric conversion (clearing {@code sign} when there is none), else 0. */
    private int signChar(int first) {
        if (!sign) {
            return 0;
        }
        if (first == '-' || first == '+') {
            return first;
        }
        if ((flags & F_SIGN) != 0) {
            return '+';
        }
        if ((flags & F_BLANK) != 0) {
            return ' ';
        }
        sign = false;
        return 0;
    }
}
