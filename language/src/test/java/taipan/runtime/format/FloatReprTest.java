package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** repr(float) against CPython: shortest round-trip digits and the switch to exponent notation. */
class FloatReprTest {

    static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e16, 1e15, 9999999999999998.0,
        1e16 + 2, 2e16 + 8, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.0001234,
        0.00001234, 1.5e300, -1.5e-300, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
        Double.MAX_VALUE, Double.MIN_NORMAL, 1e23, 9e15, 8.41e21, 5e-310, 4.9e-324, 9.5e-5, 0.5, 100.0, 1e22, 1e21,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 3.141592653589793, 2.718281828459045, 1e100,
        0.1 + 0.2, 1e-7, 123.456, 7e-10, 4.35, 0.15, 2.5, 1.25e-5};

    @TestFactory
    Stream<DynamicTest> reprAgreesWithCPython() throws Exception {
        Oracle o = new Oracle("");
        for (double d : EDGES) {
            add(o, d);
        }
        Random r = new Random(20261123);
        for (int i = 0; i < 300; i++) {
            add(o, Double.longBitsToDouble(r.nextLong()));
        }
        for (int i = 0; i < 150; i++) {
            // Short decimals scaled across the range stress the one- and two-digit cases.
            add(o, (r.nextInt(99) + 1) * Math.pow(10, r.nextInt(640) - 330));
        }
        for (int i = 0; i < 60; i++) {
            add(o, r.nextDouble() * Math.pow(10, r.nextInt(30) - 10));
        }
        return o.tests();
    }

    private static void add(Oracle o, double d) {
        o.add("repr(" + Oracle.Py.lit(d) + ")", () -> DoubleFormat.repr(d));
    }

    @Test
    void handWrittenExamples() {
        assertEquals("1e+16", DoubleFormat.repr(1e16));
        assertEquals("1e-05", DoubleFormat.repr(1e-5));
        assertEquals("0.0001", DoubleFormat.repr(1e-4));
        assertEquals("123456789012345.0", DoubleFormat.repr(123456789012345.0));
        assertEquals("-0.0", DoubleFormat.repr(-0.0));
        assertEquals("5e-324", DoubleFormat.repr(Double.MIN_VALUE));
        assertEquals("nan", DoubleFormat.repr(-Double.NaN));
    }
}
