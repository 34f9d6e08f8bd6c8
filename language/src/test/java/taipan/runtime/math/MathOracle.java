package taipan.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

import taipan.runtime.format.FormatError;

/**
 * Runs a table of Python expressions through one reference CPython process and turns each into a dynamic test that
 * compares CPython's value (floats bit-exactly or within a stated ulp bound) or exception class and message with the
 * Java computation's.
 */
final class MathOracle {
    /** One case: a Python expression, the Java computation that must agree, and the float tolerance in ulps. */
    record Case(String python, Supplier<Object> java, long ulps) {
    }

    /** Native CPython: the glibc libm this machine's CPython uses; for values. */
    static final String NATIVE = "cpython313-native";
    /** The reference (WebAssembly) CPython 3.13.2: for exception messages. */
    static final String REFERENCE = "cpython313";

    private static final String DRIVER = """
                    import sys, math, cmath, struct
                    sys.set_int_max_str_digits(0)
                    def enc(r):
                        if isinstance(r, bool):
                            return 'B' + str(r)
                        if isinstance(r, int):
                            return 'I' + str(r)
                        if isinstance(r, float):
                            return 'Fnan' if r != r else 'F' + struct.pack('>d', r).hex()
                        if isinstance(r, complex):
                            return 'C' + enc(r.real) + ',' + enc(r.imag)
                        if isinstance(r, tuple):
                            return 'T' + ','.join(enc(x) for x in r)
                        return 'S' + repr(r)
                    with open(sys.argv[1]) as f, open(sys.argv[2], 'w') as out:
                        for line in f:
                            try:
                                res = enc(eval(line))
                            except Exception as e:
                                res = 'E' + type(e).__name__ + ': ' + str(e)
                            out.write(res + '\\n')
                    """;

    private final List<Case> cases = new ArrayList<>();
    private final String executable;

    MathOracle(String executable) {
        this.executable = executable;
    }

    void add(String python, Supplier<Object> java) {
        add(python, java, 0);
    }

    void add(String python, Supplier<Object> java, long ulps) {
        cases.add(new Case(python, java, ulps));
    }

    /** Python source for a float, exact to the bit. */
    static String f(double d) {
        return "float.fromhex('" + Double.toHexString(d) + "')";
    }

    /** Encodes a Java result the way the driver encodes a Python one. */
    static String enc(Object r) {
        if (r instanceof Boolean b) {
            return "B" + (b ? "True" : "False");
        } else if (r instanceof Long || r instanceof Integer || r instanceof BigInteger) {
            return "I" + r;
        } else if (r instanceof Double d) {
            // The sign of a NaN is not part of the contract (x86 and C compilers disagree on it): compare NaN as NaN.
            return Double.isNaN(d) ? "Fnan" : "F" + String.format("%016x", Double.doubleToRawLongBits(d));
        } else if (r instanceof FloatFunctions.FrExp fe) {
            return "T" + enc(fe.mantissa()) + "," + enc((long) fe.exponent());
        } else if (r instanceof FloatFunctions.ModF mf) {
            return "T" + enc(mf.fractional()) + "," + enc(mf.integral());
        } else if (r instanceof Complex c) {
            return "C" + enc(c.real()) + "," + enc(c.imag());
        } else if (r instanceof Object[] t) {
            StringBuilder sb = new StringBuilder("T");
            for (int i = 0; i < t.length; i++) {
                sb.append(i > 0 ? "," : "").append(enc(t[i]));
            }
            return sb.toString();
        }
        throw new IllegalArgumentException(String.valueOf(r));
    }

    Stream<DynamicTest> tests() throws IOException, InterruptedException {
        List<String> expected = runCPython();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String want = expected.get(i);
            String name = c.python().length() > 140 ? c.python().substring(0, 137) + "..." : c.python();
            tests.add(DynamicTest.dynamicTest(name, () -> check(want, ours(c), c.ulps(), name)));
        }
        return tests.stream();
    }

    private static String ours(Case c) {
        try {
            return enc(c.java().get());
        } catch (FormatError e) {
            return "E" + e.pythonType() + ": " + e.getMessage();
        }
    }

    /** Equal encodings, or floats (also inside tuples and complexes) within {@code ulps} of each other. */
    static void check(String want, String got, long ulps, String name) {
        if (want.equals(got) || ulps == 0) {
            assertEquals(want, got, name);
            return;
        }
        String[] w = items(want);
        String[] g = items(got);
        if (want.charAt(0) != got.charAt(0) || w.length != g.length) {
            fail(name + ": expected " + want + " but was " + got);
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i].startsWith("F") && g[i].startsWith("F") && !w[i].equals("Fnan") && !g[i].equals("Fnan")) {
                long da = ordered(Long.parseUnsignedLong(w[i].substring(1), 16));
                long db = ordered(Long.parseUnsignedLong(g[i].substring(1), 16));
                assertTrue(Math.abs(da - db) <= ulps, name + ": expected " + want + " but was " + got + " (more than "
                                + ulps + " ulp apart)");
            } else {
                assertEquals(w[i], g[i], name);
            }
        }
    }

    private static String[] items(String enc) {
        return enc.startsWith("C") || enc.startsWith("T") ? enc.substring(1).split(",") : new String[] {enc};
    }

    /** Double bits mapped to a monotonic integer line, so that ulp distance is a subtraction. */
    private static long ordered(long bits) {
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private List<String> runCPython() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir"));
        Path oracle = root.resolve("../../shared/oracle/" + executable).normalize();
        if (!Files.exists(oracle)) {
            oracle = root.resolve("../shared/oracle/" + executable).normalize();
        }
        Assumptions.assumeTrue(Files.isExecutable(oracle), "reference CPython not found at " + oracle);
        Path dir = Files.createTempDirectory("taipan-math-oracle");
        Path in = dir.resolve("cases.txt");
        Path out = dir.resolve("results.txt");
        Path driver = dir.resolve("driver.py");
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            lines.add(c.python());
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        Files.writeString(driver, DRIVER);
        Process p = new ProcessBuilder(oracle.toString(), driver.toString(), in.toString(), out.toString())
                        .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("reference CPython failed: " + log);
        }
        List<String> results = Files.readAllLines(out);
        assertEquals(cases.size(), results.size(), "CPython answered every case");
        return results;
    }
}
