package taipan.runtime.str;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr(float)}: the shortest digits that round-trip, laid out by CPython's {@code float_repr_style 'short'}
 * rules (fixed notation for exponents -4..15, else {@code 1e+16}). A stand-in until {@code taipan.runtime.format}
 * provides number formatting.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    @TruffleBoundary
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return (1 / d) < 0 ? "-0.0" : "0.0";
        }
        // Java's Double.toString yields the shortest round-tripping digits (JDK 19+); take them from it.
        BigDecimal shortest = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            return sign + fixed(digits, exponent);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    private static String fixed(String digits, int exponent) {
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        int intLen = exponent + 1;
        if (digits.length() <= intLen) {
            return digits + "0".repeat(intLen - digits.length()) + ".0";
        }
        return digits.substring(0, intLen) + "." + digits.substring(intLen);
    }
}
