package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Numeric hashes against the native (64-bit) CPython 3.13: the WebAssembly reference has 32-bit hashes. */
class HashTest {
    @TestFactory
    Stream<DynamicTest> hashesAgreeWithCPython() throws Exception {
        Oracle o = new Oracle("", "cpython313-native");
        Random r = new Random(5);
        long[] longs = {0, 1, -1, -2, 2, Long.MAX_VALUE, Long.MIN_VALUE, PyHash.MODULUS, PyHash.MODULUS + 1, -PyHash.MODULUS,
            1L << 61, -(1L << 61), 123456789};
        for (long v : longs) {
            o.add("hash(" + v + ")", () -> PyHash.hash(v));
        }
        for (int i = 0; i < 40; i++) {
            BigInteger b = new BigInteger(64 + r.nextInt(200), r);
            BigInteger v = r.nextBoolean() ? b : b.negate();
            o.add("hash(" + v + ")", () -> PyHash.hash(v));
        }
        double[] doubles = {0.0, -0.0, 0.5, -1.0, 1.5, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2305843009213693951.0, 0.1, 1e16, 3.0};
        for (double d : doubles) {
            o.add("hash(" + Oracle.Py.lit(d) + ")", () -> PyHash.hash(d));
        }
        for (int i = 0; i < 60; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (!Double.isNaN(d)) {
                o.add("hash(" + Oracle.Py.lit(d) + ")", () -> PyHash.hash(d));
            }
        }
        o.add("hash(complex(1.5, -2.0))", () -> PyHash.hashComplex(1.5, -2.0));
        o.add("hash(complex(0.0, 1e300))", () -> PyHash.hashComplex(0.0, 1e300));
        return o.tests();
    }

    @Test
    void handWrittenExamples() {
        assertEquals(-2L, PyHash.hash(-1));
        assertEquals(1L, PyHash.hash(1L << 61));
        assertEquals(1152921504606846976L, PyHash.hash(0.5));
        assertEquals(PyHash.hash(5L), PyHash.hash(5.0));
        assertEquals(PyHash.hash(BigInteger.TWO.pow(100)), PyHash.hash(Math.pow(2, 100)));
    }
}
