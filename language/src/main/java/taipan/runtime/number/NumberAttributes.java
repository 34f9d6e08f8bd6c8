package taipan.runtime.number;

import java.math.BigInteger;

import taipan.runtime.math.Complex;

/**
 * The data attributes of the numeric types ({@code real}, {@code imag}, {@code numerator}, {@code denominator}),
 * which CPython defines as getset descriptors of {@code int}, {@code float} and {@code complex}.
 */
public final class NumberAttributes {

    private NumberAttributes() {
    }

    public static boolean isNumberAttribute(String name) {
        return switch (name) {
            case "real", "imag", "numerator", "denominator" -> true;
            default -> false;
        };
    }

    public static boolean isNumber(Object value) {
        return NumberHash.isNumber(value);
    }

    /** The attribute's value, or {@code null} when the value's type has no such attribute. */
    public static Object get(Object value, String name) {
        if (value instanceof Complex c) {
            return switch (name) {
                case "real" -> c.real();
                case "imag" -> c.imag();
                default -> null;
            };
        } else if (value instanceof Double d) {
            return switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                default -> null;
            };
        }
        Object integer = value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value;
        assert integer instanceof Long || integer instanceof BigInteger;
        return switch (name) {
            case "real", "numerator" -> integer;
            case "imag" -> 0L;
            case "denominator" -> 1L;
            default -> null;
        };
    }
}
