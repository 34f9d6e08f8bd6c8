package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** int(str, base), float(str) and str(int) with the digit limit, against CPython. */
class NumberParseTest {
    static final String PRELUDE = """
                    import struct, sys
                    def bits(x):
                        return 'nan' if x != x else '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
                    def limited(n):
                        sys.set_int_max_str_digits(4300)
                        return str(n)
                    """;

    static final String[] INT_TEXTS = {"0", "-0", "+0", "12", " 12 ", "\t-12\n", "1_000", "1__000", "_1", "1_", "0x1f",
        "0X1F", "0o17", "0b101", "0b_101", "0b__101", "0_0", "00", "010", "0x", "", " ", "-", "+-1", "1 2", "12a",
        "ff", "FF", "zz", "ZZ", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "\u0661\u0662\u0663", "\u00a012\u2003", "12\u00e9",
        "1\u00002", "\u0000", "0b2", "0o8", "1e5", "1.0", "\u00b2", "0x_ff", "0_x", "  0X_a_b  ", "\u0085 7 ", "\u001c7"};
    static final int[] BASES = {0, 2, 8, 10, 16, 36, 3, 1, 37, -1};

    static final String[] FLOAT_TEXTS = {"0", "1.5", " -1.5 ", "1e5", "1E-5", "1e", "1e+", "1.e3", ".5", ".", "5.",
        "-.5e-3", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infinit", "nan", "-nan", "NaN", "nana", "1_000.5",
        "1__0", "_1", "1_", "1_e5", "1e_5", "1e1_0", "1._5", "0x10", "1e400", "-1e400", "1e-400", "4.9e-324",
        "2.4703282292062328e-324", "2.4703282292062327e-324", "0.1", "\u0661.\u0665", "\u00a01.5\u3000", "1.5\u00e9",
        "", "  ", "1 .5", "1.5\u0000", "123456789012345678901234567890", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e0000000000000000000000000001", "0e99999999999999999999", "+-1", "--1",
        "9007199254740993", "inf_", "\u0085 2.5", "1e-99999999999999999999", "1e99999999999999999999",
        "-1e-99999999999999999999", "0." + "0".repeat(400) + "1e400", "1" + "0".repeat(400) + "e-400",
        "123456789012345678901234567890e-10", "0.5e-323", "2.2250738585072011e-308", "1_2_3.4_5e1_0", "1.5E+0_3",
        "\u0661\u0662\u0663\u0664\u0665"};

    @TestFactory
    Stream<DynamicTest> conversionsAgreeWithCPython() throws Exception {
        Oracle o = new Oracle(PRELUDE);
        for (String s : INT_TEXTS) {
            for (int base : BASES) {
                o.add("int(" + Oracle.Py.lit(s) + ", " + base + ")", () -> IntParser.parse(s, base));
            }
        }
        addLimitCases(o);
        for (String s : FLOAT_TEXTS) {
            o.add("bits(float(" + Oracle.Py.lit(s) + "))", () -> bits(FloatParser.parse(s)));
        }
        Random r = new Random(99);
        for (int i = 0; i < 100; i++) {
            String s = (r.nextBoolean() ? "-" : "") + r.nextInt(100000) + "." + r.nextInt(1000000) + "e"
                            + (r.nextInt(640) - 330);
            o.add("bits(float(" + Oracle.Py.lit(s) + "))", () -> bits(FloatParser.parse(s)));
        }
        addHexCases(o, r);
        addRoundCases(o, r);
        return o.tests();
    }

    static final String[] HEX_TEXTS = {"0x1.8p1", "1.8p1", "0X1P-2", "-0x1p0", "+0x.8", "0x.", "0x", "0", "-0", ".p1",
        "0x1p", "0x1p+", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1p-1074", "0x1p-1075",
        "0x1.8p-1075", "0x1p-1076", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0",
        "0x1.000000000000080001p0", " 0x1p3 ", "0x1 p3", "inf", "-Infinity", "nan", "infx", "0x1p99999999999999999999",
        "0x1p-99999999999999999999", "0x0p99999999999999999999", "ff", "0xg", "0x1.", "1e3", "0x\u0661", "0x1p0\u0000",
        "00x1", "0x0.0000000000001p-1022", "0x10000000000000000000000000000p-200", "\u00a00x1p0"};

    private static void addRoundCases(Oracle o, Random r) {
        double[] xs = {2.675, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 1e300, 1.7976931348623157e308, -1e-300, 123.456,
            Double.NaN, Double.POSITIVE_INFINITY, 5e-324, 0.285, 1.0005};
        long[] nd = {0, 1, 2, 3, -1, -2, -308, -309, 322, 323, 324, 400, -400, 15};
        for (double x : xs) {
            for (long n : nd) {
                o.add("bits(round(" + Oracle.Py.lit(x) + ", " + n + "))", () -> bits(PyRound.round(x, n)));
            }
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                o.add("round(" + Oracle.Py.lit(x) + ")", () -> PyRound.round(x));
            }
        }
        o.add("round(float('nan'))", () -> PyRound.round(Double.NaN));
        o.add("round(float('-inf'))", () -> PyRound.round(Double.NEGATIVE_INFINITY));
        Object[] ints = {0L, 5L, 15L, 25L, -25L, -35L, 12345L, 150L, 250L, -250L, Long.MAX_VALUE, Long.MIN_VALUE,
            new BigInteger("123456789012345678901234567890"), new BigInteger("-5").multiply(BigInteger.TEN.pow(30))};
        for (Object v : ints) {
            for (long n : new long[] {0, 2, -1, -2, -3, -19, -20, -31, -100}) {
                o.add("round(" + v + ", " + n + ")", () -> PyRound.roundInt(v, n));
            }
            for (int base : new int[] {2, 8, 16}) {
                String f = base == 2 ? "bin" : base == 8 ? "oct" : "hex";
                o.add(f + "(" + v + ")", () -> IntText.toPrefixedBase(v, base));
            }
        }
        for (int i = 0; i < 60; i++) {
            double x = r.nextDouble() * Math.pow(10, r.nextInt(20) - 5) * (r.nextBoolean() ? 1 : -1);
            long n = r.nextInt(12) - 4;
            o.add("bits(round(" + Oracle.Py.lit(x) + ", " + n + "))", () -> bits(PyRound.round(x, n)));
        }
    }

    private static void addHexCases(Oracle o, Random r) {
        for (String s : HEX_TEXTS) {
            o.add("bits(float.fromhex(" + Oracle.Py.lit(s) + "))", () -> bits(FloatHex.fromHex(s)));
        }
        double[] edges = {0.0, -0.0, 1.0, -1.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.1,
            Double.NaN, Double.NEGATIVE_INFINITY, 1e-310};
        for (double d : edges) {
            o.add(Oracle.Py.lit(d) + ".hex()", () -> FloatHex.hex(d));
        }
        for (int i = 0; i < 80; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            o.add(Oracle.Py.lit(d) + ".hex()", () -> FloatHex.hex(d));
            // Long random hex mantissas with random exponents stress the rounding.
            String text = "0x" + Long.toHexString(r.nextLong()) + "." + Long.toHexString(r.nextLong()) + "p"
                            + (r.nextInt(2300) - 1150);
            o.add("bits(float.fromhex(" + Oracle.Py.lit(text) + "))", () -> bits(FloatHex.fromHex(text)));
        }
    }

    private static void addLimitCases(Oracle o) {
        for (int digits : new int[] {4299, 4300, 4301, 5000}) {
            String nines = "9".repeat(digits);
            o.add("len(str(int('" + nines + "')))", () -> (long) IntParser.parse(nines, 10).toString().length());
            o.add("len(limited(int('" + nines + "', 16)))", () -> (long) IntText.toDecimal(
                            (BigInteger) IntParser.parse(nines, 16), IntText.DEFAULT_MAX_STR_DIGITS).length());
            BigInteger big = BigInteger.TEN.pow(digits - 1).negate();
            o.add("len(limited(-10**" + (digits - 1) + "))",
                            () -> (long) IntText.toDecimal(big, IntText.DEFAULT_MAX_STR_DIGITS).length());
        }
        String withUnderscores = "1_" + "0".repeat(4300);
        o.add("len(str(int('" + withUnderscores + "', 0)))", () -> (long) IntParser.parse(withUnderscores, 0).toString().length());
        String badLong = "x" + "1".repeat(300);
        o.add("int('" + badLong + "')", () -> IntParser.parse(badLong, 10));
    }

    private static String bits(double d) {
        return Double.isNaN(d) ? "nan" : String.format("%016x", Double.doubleToRawLongBits(d));
    }

    @Test
    void handWrittenExamples() {
        assertEquals(255L, IntParser.parse("0xff", 0));
        FormatError e = assertThrows(FormatError.class, () -> IntParser.parse("x", 10));
        assertEquals("invalid literal for int() with base 10: 'x'", e.getMessage());
        assertEquals(Double.POSITIVE_INFINITY, FloatParser.parse(" Infinity "));
    }
}
