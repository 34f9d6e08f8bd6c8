package taipan.runtime.math;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import taipan.runtime.number.IntMath;

/** factorial, comb, perm, gcd, lcm, isqrt and the logs of ints, against native CPython 3.13. */
class IntFunctionsTest {
    private static Object bigOrLong(Random r) {
        return IntMath.normalize(new BigInteger(1 + r.nextInt(200), r).multiply(BigInteger.valueOf(r.nextInt(3) - 1)));
    }

    @TestFactory
    Stream<DynamicTest> combinatorics() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        for (long n : new long[] {0, 1, 2, 5, 12, 20, 21, 25, 30, 100, 1000, 4321, -1}) {
            o.add("math.factorial(" + n + ")", () -> IntFunctions.factorial(n));
            o.add("math.perm(" + n + ")", () -> IntFunctions.perm(n));
            for (long k : new long[] {0, 1, 2, 3, 10, 20, 50, 999, -1}) {
                o.add("math.comb(" + n + ", " + k + ")", () -> IntFunctions.comb(n, k));
                o.add("math.perm(" + n + ", " + k + ")", () -> IntFunctions.perm(n, k));
            }
        }
        BigInteger huge = BigInteger.TEN.pow(30);
        o.add("math.comb(10**30, 3)", () -> IntFunctions.comb(huge, 3L));
        o.add("math.perm(10**30, 4)", () -> IntFunctions.perm(huge, 4L));
        o.add("math.comb(10**30, 10**30 - 2)", () -> IntFunctions.comb(huge, huge.subtract(BigInteger.TWO)));
        o.add("math.factorial(10**30)", () -> IntFunctions.factorial(huge));
        o.add("math.factorial(-10**30)", () -> IntFunctions.factorial(huge.negate()));
        return o.tests();
    }

    @TestFactory
    Stream<DynamicTest> gcdLcmIsqrt() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        Random r = new Random(99);
        o.add("math.gcd()", () -> IntFunctions.gcd());
        o.add("math.lcm()", () -> IntFunctions.lcm());
        for (int i = 0; i < 200; i++) {
            Object a = i % 2 == 0 ? bigOrLong(r) : (Object) (long) (r.nextInt(2000) - 1000);
            Object b = i % 3 == 0 ? bigOrLong(r) : (Object) (r.nextLong() >> r.nextInt(60));
            Object c = (long) (r.nextInt(60) * 6);
            o.add("math.gcd(" + a + ", " + b + ")", () -> IntFunctions.gcd(a, b));
            o.add("math.gcd(" + a + ", " + b + ", " + c + ")", () -> IntFunctions.gcd(a, b, c));
            o.add("math.lcm(" + a + ", " + b + ")", () -> IntFunctions.lcm(a, b));
            o.add("math.lcm(" + c + ", " + b + ", " + a + ")", () -> IntFunctions.lcm(c, b, a));
            o.add("math.isqrt(" + a + ")", () -> IntFunctions.isqrt(a));
            o.add("math.isqrt(" + b + ")", () -> IntFunctions.isqrt(b));
        }
        for (long n : new long[] {0, 1, 3, 4, 15, 16, Long.MAX_VALUE, 9223372030926249001L, 9223372030926249000L,
            4503599761588224L, (1L << 52) + 1}) {
            o.add("math.isqrt(" + n + ")", () -> IntFunctions.isqrt(n));
        }
        return o.tests();
    }

    @TestFactory
    Stream<DynamicTest> intLogs() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        Random r = new Random(5);
        for (int i = 0; i < 120; i++) {
            BigInteger b = new BigInteger(1 + r.nextInt(3000), r);
            if (i % 10 == 0) {
                b = BigInteger.ONE.shiftLeft(r.nextInt(3000)).subtract(BigInteger.valueOf(i % 20 == 0 ? 1 : 0));
            }
            Object n = IntMath.normalize(i % 17 == 0 ? b.negate() : b);
            o.add("math.log(" + n + ")", () -> Logarithms.log(n), 1);
            o.add("math.log2(" + n + ")", () -> Logarithms.log2(n), 1);
            o.add("math.log10(" + n + ")", () -> Logarithms.log10(n), 1);
            o.add("math.log(" + n + ", 7)", () -> Logarithms.divide(Logarithms.log(n), Logarithms.log(7L)), 2);
        }
        o.add("math.log(0)", () -> Logarithms.log(0L));
        o.add("math.log(10, 1)", () -> Logarithms.divide(Logarithms.log(10L), Logarithms.log(1L)));
        o.add("math.log(10.0, 0.5)", () -> Logarithms.log(10.0, 0.5), 1);
        return o.tests();
    }

    private static String list(Object[] xs) {
        StringBuilder sb = new StringBuilder("[");
        for (Object x : xs) {
            sb.append(sb.length() > 1 ? ", " : "").append(x instanceof Double d ? MathOracle.f(d) : x instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(x));
        }
        return sb.append(']').toString();
    }

    @TestFactory
    Stream<DynamicTest> mixedProducts() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        Random r = new Random(3);
        for (int i = 0; i < 150; i++) {
            int n = r.nextInt(8);
            Object[] p = new Object[n];
            Object[] q = new Object[n];
            for (int j = 0; j < n; j++) {
                p[j] = number(r, i % 3);
                q[j] = number(r, (i / 3) % 3);
            }
            o.add("math.sumprod(" + list(p) + ", " + list(q) + ")", () -> Products.sumprod(p, q));
            o.add("math.prod(" + list(p) + ")", () -> Products.prod(p, 1L));
            o.add("math.prod(" + list(q) + ", start=3)", () -> Products.prod(q, 3L));
        }
        for (Object e : new Object[] {BigInteger.TEN.pow(30), BigInteger.TEN.pow(30).negate(), 5L}) {
            o.add("math.ldexp(1.5, " + e + ")", () -> FloatFunctions.ldexp(1.5, FloatFunctions.clampExponent(e)));
        }
        for (Object s : new Object[] {BigInteger.TEN.pow(30), BigInteger.ONE.shiftLeft(64), 3L, -2L}) {
            o.add("math.nextafter(-1.0, 1e300, steps=" + s + ")",
                            () -> FloatFunctions.nextafter(-1.0, 1e300, FloatFunctions.unsignedSteps(s)));
        }
        return o.tests();
    }

    /** kind 0: small ints, 1: floats, 2: a mix including big ints and bools. */
    private static Object number(Random r, int kind) {
        return switch (kind == 2 ? r.nextInt(4) : kind) {
            case 0 -> (long) r.nextInt(2001) - 1000;
            case 1 -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
            case 2 -> r.nextBoolean();
            default -> IntMath.normalize(new BigInteger(70, r).negate());
        };
    }
}
