package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** format(value, spec) for int, float, str and complex against CPython, over generated and hand-picked specs. */
class FormatSpecTest {
    static final String[] ALIGNS = {"", "", "<", ">", "^", "=", "*<", "0>", "x^", "0=", "\uD83D\uDE00="};
    static final String[] SIGNS = {"", "", "+", "-", " "};
    static final String[] WIDTHS = {"", "", "1", "8", "15", "0"};
    static final String[] GROUPS = {"", "", "", ",", "_"};
    static final String[] PRECISIONS = {"", "", ".0", ".1", ".3", ".12", ".25"};

    static final Object[] INTS = {0L, 1L, -1L, 42L, -1234567L, 255L, 1114111L, Long.MIN_VALUE, Long.MAX_VALUE,
        new BigInteger("100000000000000000000"), BigInteger.TWO.pow(70).negate(), 65L, 10L ^ 17};
    static final double[] FLOATS = {0.0, -0.0, 1.5, -1234.5678, 1e-7, 1e20, 123456789.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.125, 2.5, 0.5, 1e16, 9.9999, -0.0004, 1e-300, 12345.678,
        0.1, 1e300};
    static final String[] STRS = {"", "abc", "h\u00e9llo w", "\uD83D\uDE00x", "a long string value"};

    static final String[] ODD_SPECS = {"..", ",_", "_,", "10.", ".", "abc", "=s", "\u0001", "\u0663\u0660", ",,",
        "99999999999999999999", ".99999999999999999999", "_c", ",n", "+c", "#c", "z", "zd", "z.2f", "#x", "#o",
        "#b", "#X", "08,", "08_x", "020,.2f", "=10", "<05", "^#10x", "x<z10.3", "0", "00", "010", "^", "s", ".1s",
        "<", "e", ".0e", "#.0e", "#g", "#.0f", ".0%", "_b", "_o", "_X", ",x", "_d", "\u00e9^9", "0<9d", ">+09.2f",
        "=+09.2f", "#010b", "_=20_x", ",.3", ".3n", "n", ",%", " g", "+.17g", "123.456"};

    @TestFactory
    Stream<DynamicTest> formatAgreesWithCPython() throws Exception {
        Oracle o = new Oracle("");
        Random r = new Random(7);
        for (int i = 0; i < 350; i++) {
            String spec = randomSpec(r, "bcdoxXneEfFgG%sy".toCharArray(), true);
            addInt(o, INTS[r.nextInt(INTS.length)], spec);
        }
        for (int i = 0; i < 450; i++) {
            String spec = randomSpec(r, "eEfFgGn%dx".toCharArray(), false);
            addFloat(o, FLOATS[r.nextInt(FLOATS.length)], spec);
        }
        for (int i = 0; i < 120; i++) {
            String spec = randomSpec(r, "sd".toCharArray(), true);
            addStr(o, STRS[r.nextInt(STRS.length)], spec);
        }
        for (String spec : ODD_SPECS) {
            addInt(o, -1234567L, spec);
            addInt(o, 97L, spec);
            addFloat(o, -1234.5678, spec);
            addFloat(o, 0.0, spec);
            addStr(o, "abc", spec);
            addComplex(o, -1.5, 0.0, spec);
            o.add("format(True, " + Oracle.Py.lit(spec) + ")", () -> PyFormat.formatBool(true, spec, 4300));
            addComplex(o, 0.0, 2.0, spec);
        }
        for (int i = 0; i < 250; i++) {
            String spec = randomSpec(r, "eEfFgGn%d".toCharArray(), false);
            addComplex(o, FLOATS[r.nextInt(FLOATS.length)], FLOATS[r.nextInt(FLOATS.length)], spec);
        }
        for (int i = 0; i < 60; i++) {
            double re = FLOATS[r.nextInt(FLOATS.length)];
            double im = FLOATS[r.nextInt(FLOATS.length)];
            o.add("repr(" + complex(re, im) + ")", () -> ComplexFormat.repr(re, im));
        }
        o.add("format(None, 'x')", () -> {
            throw PyFormat.unsupportedFormatString("NoneType");
        });
        for (double d : FLOATS) {
            for (String spec : List.of("", ".3", ".17g", ".0f", "e", "%", "z.1f", "#.3g", "g", ".2e", ".60f", ".30")) {
                addFloat(o, d, spec);
            }
        }
        return o.tests();
    }

    private static String randomSpec(Random r, char[] types, boolean noTypeRarely) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, ALIGNS)).append(pick(r, SIGNS));
        if (r.nextInt(8) == 0) {
            sb.append('z');
        }
        if (r.nextInt(4) == 0) {
            sb.append('#');
        }
        if (r.nextInt(4) == 0) {
            sb.append('0');
        }
        sb.append(pick(r, WIDTHS)).append(pick(r, GROUPS));
        if (!noTypeRarely || r.nextInt(4) == 0) {
            sb.append(pick(r, PRECISIONS));
        }
        if (r.nextInt(noTypeRarely ? 8 : 4) != 0) {
            sb.append(types[r.nextInt(types.length)]);
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static void addInt(Oracle o, Object v, String spec) {
        o.add("format(" + Oracle.Py.lit(v) + ", " + Oracle.Py.lit(spec) + ")", () -> PyFormat.formatInt(v, spec));
    }

    private static void addFloat(Oracle o, double v, String spec) {
        o.add("format(" + Oracle.Py.lit(v) + ", " + Oracle.Py.lit(spec) + ")", () -> PyFormat.formatFloat(v, spec));
    }

    private static String complex(double re, double im) {
        return "complex(" + Oracle.Py.lit(re) + ", " + Oracle.Py.lit(im) + ")";
    }

    private static void addComplex(Oracle o, double re, double im, String spec) {
        o.add("format(" + complex(re, im) + ", " + Oracle.Py.lit(spec) + ")", () -> ComplexFormat.format(re, im, spec));
    }

    private static void addStr(Oracle o, String v, String spec) {
        o.add("format(" + Oracle.Py.lit(v) + ", " + Oracle.Py.lit(spec) + ")", () -> PyFormat.formatStr(v, spec));
    }

    @Test
    void handWrittenExamples() {
        assertEquals("000,001,234", PyFormat.formatInt(1234L, "011,"));
        assertEquals("0x00ff", PyFormat.formatInt(255L, "#06x"));
        assertEquals("1,234.57", PyFormat.formatFloat(1234.567, ",.2f"));
        FormatError e = assertThrows(FormatError.class, () -> PyFormat.formatFloat(1.0, "d"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'd' for object of type 'float'", e.getMessage());
    }
}
