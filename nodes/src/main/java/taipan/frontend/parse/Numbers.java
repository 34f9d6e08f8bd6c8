package taipan.frontend.parse;

import java.math.BigInteger;

import taipan.frontend.ast.Expr.Imaginary;

/** The value of a NUMBER token: Long, BigInteger, Double or Imaginary. */
final class Numbers {

    private Numbers() {
    }

    static Object parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char x = Character.toLowerCase(s.charAt(1));
            int radix = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
