package taipan.runtime.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The decimal core on its own: parsing, the specification's string forms, rounding to a context, conditions. */
class DecArithTest {

    private static Dec d(String s) {
        return DecText.parse(s);
    }

    private static String sci(Dec x) {
        return DecText.toString(x, false, true);
    }

    private static DecOp ctx(int prec, int rounding) {
        return new DecOp(prec, rounding, -999999, 999999, false);
    }

    @Test
    void stringsRoundTripInScientificAndEngineeringForm() {
        assertEquals("1.23E+3", sci(d("123e1")));
        assertEquals("0.000001", sci(d("1e-6")));
        assertEquals("1E-7", sci(d("0.0000001")));
        assertEquals("-0", sci(d("-0")));
        assertEquals("sNaN12", sci(d("snan12")));
        assertEquals("0.00E+12", DecText.toString(d("0e10"), true, true));
        assertEquals("12.3456E-9", DecText.toString(d("123.456e-10"), true, true));
        assertNull(d("1e"));
        assertNull(d("."));
        assertNull(d("1.2.3"));
    }

    @Test
    void divisionRoundsToPrecisionAndSignalsInexact() {
        DecOp op = ctx(28, Rounding.HALF_EVEN);
        assertEquals("0.3333333333333333333333333333", sci(DecArith.divide(op, d("1"), d("3"))));
        assertEquals(DecConditions.INEXACT | DecConditions.ROUNDED, op.status);
        op = ctx(28, Rounding.HALF_EVEN);
        assertEquals("2.5", sci(DecArith.divide(op, d("5"), d("2"))));
        assertEquals(0, op.status);
        op = ctx(28, Rounding.HALF_EVEN);
        assertEquals("Infinity", sci(DecArith.divide(op, d("1"), d("0"))));
        assertEquals(DecConditions.DIVISION_BY_ZERO, op.status);
    }

    @Test
    void everyRoundingModeOnTiesAndNonTies() {
        String[] expected = {"2.35", "2.34", "2.35", "2.34", "2.35", "2.34", "2.34", "2.34"};
        for (int mode = 0; mode < 8; mode++) {
            DecOp op = ctx(3, mode);
            assertEquals(expected[mode], sci(DecArith.plus(op, d("2.345"))), Rounding.NAMES[mode]);
        }
        assertEquals("2.36", sci(DecArith.plus(ctx(3, Rounding.ROUND_05UP), d("2.351"))));
    }

    @Test
    void overflowAndSubnormalsFollowTheExponentLimits() {
        DecOp op = new DecOp(5, Rounding.HALF_EVEN, -5, 5, false);
        assertEquals("Infinity", sci(DecArith.multiply(op, d("9e5"), d("10"))));
        assertEquals(DecConditions.OVERFLOW | DecConditions.INEXACT | DecConditions.ROUNDED, op.status);
        op = new DecOp(5, Rounding.DOWN, -5, 5, false);
        assertEquals("9.9999E+5", sci(DecArith.multiply(op, d("9e5"), d("10"))));
        op = new DecOp(5, Rounding.HALF_EVEN, -5, 5, false);
        assertEquals("0.000001", sci(DecArith.divide(op, d("1e-5"), d("10"))));
        assertEquals(DecConditions.SUBNORMAL, op.status);
    }

    @Test
    void hashMatchesCPythonsForIntsAndBinaryFractions() {
        assertEquals(2, DecHash.hash(d("2.00")));
        assertEquals(1152921504606846976L, DecHash.hash(d("0.5")));
        assertEquals(-2, DecHash.hash(d("-1")));
        assertEquals(314159, DecHash.hash(d("Infinity")));
    }

    @Test
    void correctlyRoundedFunctions() {
        assertEquals("1.414213562373095048801688724", sci(DecMath.sqrt(ctx(28, Rounding.HALF_EVEN), d("2"))));
        assertEquals("2.718281828459045235360287471", sci(DecMath.exp(ctx(28, Rounding.HALF_EVEN), d("1"))));
        assertEquals("2.302585092994045684017991455", sci(DecMath.ln(ctx(28, Rounding.HALF_EVEN), d("10"))));
        assertEquals("3", sci(DecMath.log10(ctx(28, Rounding.HALF_EVEN), d("1000"))));
        assertEquals("1.21", sci(DecPower.power(ctx(28, Rounding.HALF_EVEN), d("1.1"), d("2"))));
    }
}
