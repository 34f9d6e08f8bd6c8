package taipan.frontend.ast;

import java.math.BigInteger;

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
        String js = Double.toString(Math.abs(d));
        String digits;
        int exp;
        int e = js.indexOf('E');
        String mant = e >= 0 ? js.substring(0, e) : js;
        int baseExp = e >= 0 ? Integer.parseInt(js.substring(e + 1)) : 0;
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        if (frac.equals("0")) {
            frac = "";
        }
        String all = intPart + frac;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        digits = all.substring(lead);
        exp = baseExp + intPart.length() - lead; // decimal point position relative to digits start
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two significant digits; Python may need only one (subnormals, e.g. 5e-324)
            String one = new java.math.BigDecimal(digits.charAt(0) + "." + digits.charAt(1) + "E" + (exp - 1))
                            .round(new java.math.MathContext(1)).toString();
            if (Double.parseDouble(one) == Math.abs(d)) {
                java.math.BigDecimal bd = new java.math.BigDecimal(one);
                digits = bd.unscaledValue().toString().replaceAll("0+$", "");
                exp = bd.precision() - bd.scale();
                if (digits.isEmpty()) {
                    digits = "0";
                }
            }
        }
        String sign = d < 0 ? "-" : "";
        int decExp = exp - 1; // scientific exponent
        if (decExp >= -5 + 1 - 1 && decExp < 16 && decExp >= -4) {
            StringBuilder sb = new StringBuilder(sign);
            if (exp <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-exp));
                sb.append(digits);
            } else if (exp >= digits.length()) {
                sb.append(digits).append("0".repeat(exp - digits.length()));
                if (forceDot) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, exp).append('.').append(digits.substring(exp));
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder(sign);
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits.substring(1));
        }
        sb.append('e').append(decExp < 0 ? '-' : '+');
        int a = Math.abs(decExp);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
        return sb.toString();
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
