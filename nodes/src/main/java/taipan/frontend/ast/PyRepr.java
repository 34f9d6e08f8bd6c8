package taipan.frontend.ast;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Python's {@code repr()} of the constant values the AST holds (str, bytes, int, float, complex, bool, None). */
public final class PyRepr {

    private PyRepr() {
    }

    public static String of(Object v) {
        return switch (v) {
            case null -> "None";
            case String s -> str(s);
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case BigInteger b -> b.toString();
            case Double d -> floatRepr(d);
            case Expr.Imaginary im -> complexRepr(im.imag());
            case Expr.Bytes b -> bytes(b.value());
            case Expr.Singleton s -> s == Expr.Singleton.NONE ? "None" : "Ellipsis";
            default -> String.valueOf(v);
        };
    }

    /** repr(complex(0, imag)). */
    static String complexRepr(double imag) {
        String s = shortest(imag, false);
        return s + "j";
    }

    public static String floatRepr(double d) {
        return shortest(d, true);
    }

    /** Python's float repr ('r' format); {@code forceDot} adds ".0" to integral values as repr(float) does. */
    private static String shortest(double d, boolean forceDot) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String z = (1 / d < 0) ? "-0" : "0";
            return forceDot ? z + ".0" : z;
        }
        BigDecimal bd = shortestDecimal(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = bd.precision() - bd.scale(); // position of the decimal point after the first digit run
        String sign = d < 0 ? "-" : "";
        int decExp = exp - 1;
        if (decExp >= -4 && decExp < 16) {
            return sign + fixed(digits, exp, forceDot);
        }
        String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        int a = Math.abs(decExp);
        return sign + mantissa + "e" + (decExp < 0 ? '-' : '+') + (a < 10 ? "0" : "") + a;
    }

    /** The shortest decimal that reads back as {@code d} (positive, finite, non-zero). */
    private static BigDecimal shortestDecimal(double d) {
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java prints at least two significant digits; Python may need only one (subnormals, e.g. 5e-324)
            BigDecimal one = bd.round(new MathContext(1));
            if (Double.parseDouble(one.toString()) == d) {
                return one.stripTrailingZeros();
            }
        }
        return bd;
    }

    private static String fixed(String digits, int exp, boolean forceDot) {
        if (exp <= 0) {
            return "0." + "0".repeat(-exp) + digits;
        }
        if (exp >= digits.length()) {
            return digits + "0".repeat(exp - digits.length()) + (forceDot ? ".0" : "");
        }
        return digits.substring(0, exp) + "." + digits.substring(exp);
    }

    public static String str(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }

    /** Python's str.isprintable for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (but space). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    public static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
