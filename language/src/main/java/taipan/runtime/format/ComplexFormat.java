package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr(complex) and format(complex, spec): complex_repr and format_complex_internal of CPython. */
public final class ComplexFormat {
    private ComplexFormat() {
    }

    /** repr(complex(re, im)), also its str. */
    @TruffleBoundary
    public static String repr(double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            return DoubleFormat.format(im, 'r', 0, 0) + "j";
        }
        return "(" + DoubleFormat.format(re, 'r', 0, 0) + DoubleFormat.format(im, 'r', 0, DoubleFormat.SIGN) + "j)";
    }

    /** format(complex(re, im), spec). */
    public static String format(double re, double im, String spec) {
        return format(re, im, spec, "complex");
    }

    /** format(z, spec) for a complex of type {@code typeName}. */
    @TruffleBoundary
    public static String format(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) {
            return repr(re, im);
        }
        FormatSpec s = FormatSpec.parse(spec, 0, '>', typeName);
        return switch (s.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> formatInternal(re, im, s);
            default -> throw FormatSpec.unknownCode(s.type(), typeName);
        };
    }

    private static void checkSpec(FormatSpec s) {
        if (s.precision() > Integer.MAX_VALUE) {
            throw FormatError.valueError("precision too big");
        }
        if (s.fill() == '0') {
            throw FormatError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (s.align() == '=') {
            throw FormatError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
    }

    private static String formatInternal(double re, double im, FormatSpec s) {
        checkSpec(s);
        int precision = (int) s.precision();
        int defaultPrecision = 6;
        int flags = (s.alternate() ? DoubleFormat.ALT : 0) | (s.noNegZero() ? DoubleFormat.NO_NEG_0 : 0);
        int type = s.type();
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            // No type: like str(z), the real part omitted when it is +0.
            type = 'r';
            defaultPrecision = 0;
            skipRe = re == 0 && Double.doubleToRawLongBits(re) == 0;
            parens = !skipRe;
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        boolean grouping = s.type() != 'n';
        // Each part is laid out without padding; the padding goes around the whole.
        FormatSpec bare = new FormatSpec(' ', '<', s.sign(), s.noNegZero(), s.alternate(), -1, s.grouping(),
                        s.precision(), s.type());
        String reText = PyFormat.layoutDoubleText(DoubleFormat.format(re, (char) type, precision, flags), bare, grouping);
        FormatSpec imSpec = skipRe ? bare
                        : new FormatSpec(' ', '<', '+', s.noNegZero(), s.alternate(), -1, s.grouping(), s.precision(),
                                        s.type());
        String imText = PyFormat.layoutDoubleText(DoubleFormat.format(im, (char) type, precision, flags), imSpec, grouping);
        String body = (parens ? "(" : "") + (skipRe ? "" : reText) + imText + "j" + (parens ? ")" : "");
        return NumberLayout.pad(body, body.length(), s);
    }
}
