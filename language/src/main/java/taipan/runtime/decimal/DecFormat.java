package taipan.runtime.decimal;

/** {@code Decimal.__format__}: the format mini-language for decimals (types e E f F g G n %, grouping, z). */
public final class DecFormat {

    /** A format spec that does not parse: ValueError "invalid format string". */
    public static final class InvalidSpec extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidSpec() {
            super("invalid format string", null, false, false);
        }
    }

    private record Spec(String fill, char align, char sign, boolean noNegZero, boolean alt, boolean zeroPad,
                    int width, String sep, int precision, char type) {
    }

    private DecFormat() {
    }

    private static Spec parse(String s) throws InvalidSpec {
        int i = 0;
        int n = s.length();
        String fill = " ";
        char align = 0;
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            fill = s.substring(0, 1);
            align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sign = s.charAt(i++);
        }
        boolean z = i < n && s.charAt(i) == 'z';
        i += z ? 1 : 0;
        boolean alt = i < n && s.charAt(i) == '#';
        i += alt ? 1 : 0;
        boolean zero = i < n && s.charAt(i) == '0';
        i += zero ? 1 : 0;
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        int width = i > start ? Integer.parseInt(s.substring(start, i)) : -1;
        String sep = "";
        // libmpdec knows only ',' as a thousands separator: '_' is an invalid format string, as in CPython's _decimal
        if (i < n && s.charAt(i) == ',') {
            sep = s.substring(i, i + 1);
            i++;
        }
        int precision = -1;
        if (i < n && s.charAt(i) == '.') {
            start = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new InvalidSpec();
            }
            precision = Integer.parseInt(s.substring(start, i));
        }
        char type = 0;
        if (i < n) {
            type = s.charAt(i++);
            if ("eEfFgGn%".indexOf(type) < 0) {
                throw new InvalidSpec();
            }
        }
        if (i != n || (type == 'n' && !sep.isEmpty())) {
            throw new InvalidSpec();
        }
        if (zero && align == 0) {
            fill = "0";
            align = '=';
        }
        return new Spec(fill, align == 0 ? '>' : align, sign, z, alt, zero, width, sep, precision, type);
    }

    public static String format(Dec x, String specText, int rounding, boolean capitals) throws InvalidSpec {
        Spec spec = parse(specText);
        char type = spec.type == 0 ? (capitals ? 'G' : 'g') : spec.type == 'n' ? 'g' : spec.type;
        if (x.isSpecial()) {
            String body = DecText.toString(x.withSign(false), false, true) + (type == '%' ? "%" : "");
            // zero padding does not apply to infinities and NaNs (libmpdec pads them with spaces)
            Spec plain = spec.zeroPad && spec.fill.equals("0") && spec.align == '=' ? new Spec(" ", '>', spec.sign,
                            spec.noNegZero, spec.alt, false, spec.width, spec.sep, spec.precision, spec.type) : spec;
            return align(signOf(x.sign, spec), body, plain);
        }
        DecOp op = DecOp.unbounded(Integer.MAX_VALUE / 4, rounding);
        if (type == '%') {
            x = Dec.finite(x.sign, x.coeff, x.exp + 2);
        }
        int p = spec.precision;
        if (p >= 0) {
            if ((type == 'e' || type == 'E') && !x.isZero()) {
                x = significant(op, x, p + 1, rounding);
            } else if (type == 'f' || type == 'F' || type == '%') {
                x = op.rescale(x, -p, rounding);
            } else if (x.digits() > Math.max(p, 1)) {
                x = op.roundDigits(x, Math.max(p, 1), rounding);
            }
        }
        if (x.isZero() && x.exp > 0 && (type == 'f' || type == 'F' || type == '%')) {
            x = op.rescale(x, 0, rounding);
        }
        boolean negative = x.sign && !(spec.noNegZero && x.isZero());
        String digits = x.coeff.toString();
        long leftDigits = x.exp + digits.length();
        long dot;
        if (type == 'e' || type == 'E') {
            dot = x.isZero() && p >= 0 ? 1 - p : 1;
        } else if (type == 'f' || type == 'F' || type == '%') {
            dot = leftDigits;
        } else {
            dot = x.exp <= 0 && leftDigits > -6 ? leftDigits : 1;
        }
        String intPart;
        String fracPart;
        if (dot < 0) {
            intPart = "0";
            fracPart = "0".repeat((int) -dot) + digits;
        } else if (dot > digits.length()) {
            intPart = digits + "0".repeat((int) (dot - digits.length()));
            fracPart = "";
        } else {
            intPart = dot == 0 ? "0" : digits.substring(0, (int) dot);
            fracPart = digits.substring((int) dot);
        }
        long exp = leftDigits - dot;
        return number(negative, intPart, fracPart, exp, spec, type);
    }

    /** {@code x} with exactly {@code places} significant digits (rounded or padded), as _pydecimal's _round. */
    private static Dec significant(DecOp op, Dec x, int places, int rounding) {
        Dec r = op.rescale(x, x.adjusted() + 1 - places, rounding);
        if (r.adjusted() != x.adjusted()) {
            r = op.rescale(r, r.adjusted() + 1 - places, rounding);
        }
        return r;
    }

    private static String number(boolean negative, String intPart, String fracPart, long exp, Spec spec, char type) {
        String sign = signOf(negative, spec);
        String frac = fracPart;
        if (!frac.isEmpty() || spec.alt) {
            frac = "." + frac;
        }
        if (exp != 0 || type == 'e' || type == 'E') {
            char e = type == 'E' || type == 'G' ? 'E' : 'e';
            frac += e + (exp >= 0 ? "+" : "-") + Math.abs(exp);
        }
        if (type == '%') {
            frac += "%";
        }
        int minWidth = spec.zeroPad && spec.align == '=' ? spec.width - frac.length() - sign.length() : 0;
        return align(sign, group(intPart, spec.sep, minWidth) + frac, spec);
    }

    /** Inserts the thousands separator, zero-padding up to {@code minWidth} characters as CPython does. */
    private static String group(String digits, String sep, int minWidth) {
        if (sep.isEmpty()) {
            return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
        }
        StringBuilder out = new StringBuilder();
        String rest = digits;
        int min = minWidth;
        while (true) {
            int l = Math.min(Math.max(Math.max(rest.length(), min), 1), 3);
            String group = "0".repeat(Math.max(0, l - rest.length())) + rest.substring(Math.max(0, rest.length() - l));
            out.insert(0, group);
            rest = rest.substring(0, Math.max(0, rest.length() - l));
            min -= l;
            if (rest.isEmpty() && min <= 0) {
                break;
            }
            min -= sep.length();
            out.insert(0, sep);
        }
        return out.toString();
    }

    private static String signOf(boolean negative, Spec spec) {
        if (negative) {
            return "-";
        }
        return spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    }

    private static String align(String sign, String body, Spec spec) {
        int pad = spec.width - sign.length() - body.length();
        if (pad <= 0) {
            return sign + body;
        }
        String fill = spec.fill;
        return switch (spec.align) {
            case '<' -> sign + body + fill.repeat(pad);
            case '=' -> sign + fill.repeat(pad) + body;
            case '^' -> fill.repeat(pad / 2) + sign + body + fill.repeat(pad - pad / 2);
            default -> fill.repeat(pad) + sign + body;
        };
    }
}
