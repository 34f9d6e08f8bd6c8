package taipan.frontend.scope;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;

/**
 * The constant values of {@code match} literals after CPython's AST optimizer folds {@code -1} and {@code 1+2j},
 * with Python's equality (so {@code 1}, {@code 1.0} and {@code True} collide) and {@code repr} for messages.
 */
final class ConstantKeys {

    private ConstantKeys() {
    }

    /** A folded complex literal. */
    record Complex(double re, double im) {
    }

    private record BytesKey(List<Byte> bytes) {
    }

    /** The folded constant value of a pattern literal, or null if {@code e} is not constant. */
    static Object fold(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof Expr.Imaginary i ? new Complex(0.0, i.imag()) : c.value();
            case Expr.UnaryOpExpr u when u.op() == UnaryOp.USub -> negate(fold(u.operand()));
            case Expr.BinOp b when b.op() == Operator.Add || b.op() == Operator.Sub -> complex(fold(b.left()),
                            fold(b.right()), b.op() == Operator.Sub);
            default -> null;
        };
    }

    private static Object negate(Object v) {
        return switch (v) {
            case Long l when l != Long.MIN_VALUE -> -l;
            case Long l -> BigInteger.valueOf(l).negate();
            case BigInteger b -> b.negate();
            case Double d -> -d;
            case Complex c -> new Complex(-c.re(), -c.im());
            case null, default -> null;
        };
    }

    private static Object complex(Object left, Object right, boolean subtract) {
        if (!(right instanceof Complex r) || left == null || left instanceof Complex || !(left instanceof Number)) {
            return null;
        }
        double re = ((Number) left).doubleValue();
        return new Complex(re, subtract ? -r.im() : r.im());
    }

    /** A key equal for values Python considers equal. */
    static Object hashKey(Object v) {
        return switch (v) {
            case Boolean b -> b ? 1L : 0L;
            case BigInteger b -> b.bitLength() < 64 ? (Object) b.longValue() : b;
            case Double d when !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 0x1p63 -> (long) (double) d;
            case Double d when !d.isInfinite() && d == Math.rint(d) -> new BigDecimal(d).toBigInteger();
            case Complex c when c.im() == 0.0 -> hashKey(c.re());
            case Expr.Bytes b -> {
                List<Byte> list = new ArrayList<>();
                for (byte x : b.value()) {
                    list.add(x);
                }
                yield new BytesKey(list);
            }
            default -> v;
        };
    }

    /** Python's {@code repr} of a folded constant. */
    static String repr(Object v) {
        return switch (v) {
            case Boolean b -> b ? "True" : "False";
            case Expr.Singleton s -> s == Expr.Singleton.NONE ? "None" : "Ellipsis";
            case Double d -> floatRepr(d);
            case Complex c -> complexRepr(c);
            case String s -> stringRepr(s, "");
            case Expr.Bytes b -> bytesRepr(b.value());
            default -> String.valueOf(v);
        };
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();
        if (decpt <= -4 || decpt > 16) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            int exp = decpt - 1;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    private static String complexPart(double d) {
        String r = floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    private static String complexRepr(Complex c) {
        String im = complexPart(c.im()) + "j";
        if (c.re() == 0 && 1 / c.re() > 0) {
            return im;
        }
        boolean negIm = c.im() < 0 || (c.im() == 0 && 1 / c.im() < 0);
        return "(" + complexPart(c.re()) + (negIm ? "" : "+") + im + ")";
    }

    private static char quote(String s) {
        return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    }

    static String stringRepr(String s, String prefix) {
        char q = quote(s);
        StringBuilder sb = new StringBuilder(prefix).append(q);
        s.codePoints().forEach(cp -> {
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(q).toString();
    }

    private static String bytesRepr(byte[] bytes) {
        StringBuilder raw = new StringBuilder();
        for (byte b : bytes) {
            int x = b & 0xff;
            raw.append(x < 0x80 ? (char) x : (char) 0x01);
        }
        char q = quote(raw.toString());
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte b : bytes) {
            int x = b & 0xff;
            if (x == q || x == '\\') {
                sb.append('\\').append((char) x);
            } else if (x == '\n') {
                sb.append("\\n");
            } else if (x == '\r') {
                sb.append("\\r");
            } else if (x == '\t') {
                sb.append("\\t");
            } else if (x < 0x20 || x >= 0x7f) {
                sb.append(String.format("\\x%02x", x));
            } else {
                sb.append((char) x);
            }
        }
        return sb.append(q).toString();
    }
}
