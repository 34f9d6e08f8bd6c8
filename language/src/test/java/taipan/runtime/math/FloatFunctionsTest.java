package taipan.runtime.math;

import static taipan.runtime.math.MathOracle.f;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The exact float functions, fsum, hypot/dist and fma, bit for bit against native CPython 3.13. */
class FloatFunctionsTest {
    private static final double[] XS = {
        0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.5, 3.0, 1e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 123456.789, -7.25, 9007199254740993.0, 1e16,
        2.0 / 3.0};

    @TestFactory
    Stream<DynamicTest> unary() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        for (double x : XS) {
            o.add("math.floor(" + f(x) + ")", () -> FloatFunctions.floor(x));
            o.add("math.ceil(" + f(x) + ")", () -> FloatFunctions.ceil(x));
            o.add("math.trunc(" + f(x) + ")", () -> FloatFunctions.trunc(x));
            o.add("math.frexp(" + f(x) + ")", () -> FloatFunctions.frexp(x));
            o.add("math.modf(" + f(x) + ")", () -> FloatFunctions.modf(x));
            o.add("math.ulp(" + f(x) + ")", () -> FloatFunctions.ulp(x));
            o.add("math.isfinite(" + f(x) + ")", () -> FloatFunctions.isfinite(x));
            o.add("math.isinf(" + f(x) + ")", () -> FloatFunctions.isinf(x));
            o.add("math.isnan(" + f(x) + ")", () -> FloatFunctions.isnan(x));
            for (long e : new long[] {0, 1, -1, 1023, -1074, 2000, -2000, Long.MAX_VALUE, Long.MIN_VALUE}) {
                o.add("math.ldexp(" + f(x) + ", " + e + ")", () -> FloatFunctions.ldexp(x, e));
            }
        }
        return o.tests();
    }

    @TestFactory
    Stream<DynamicTest> binary() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        for (double x : XS) {
            for (double y : XS) {
                String args = f(x) + ", " + f(y);
                o.add("math.fmod(" + args + ")", () -> FloatFunctions.fmod(x, y));
                o.add("math.remainder(" + args + ")", () -> FloatFunctions.remainder(x, y));
                o.add("math.copysign(" + args + ")", () -> FloatFunctions.copysign(x, y));
                o.add("math.pow(" + args + ")", () -> FloatFunctions.pow(x, y), 1);
                o.add("math.atan2(" + args + ")", () -> Elementary.atan2(x, y), 1);
                o.add("math.nextafter(" + args + ")", () -> FloatFunctions.nextafter(x, y));
                o.add("math.hypot(" + args + ")", () -> VectorNorm.hypot(x, y));
                o.add("math.isclose(" + args + ")", () -> FloatFunctions.isclose(x, y, 1e-9, 0.0));
                o.add("math.isclose(" + args + ", rel_tol=0.5, abs_tol=1.0)",
                                () -> FloatFunctions.isclose(x, y, 0.5, 1.0));
                for (long steps : new long[] {0, 1, 5, 1L << 52, -1L}) {
                    String s = Long.toUnsignedString(steps);
                    o.add("math.nextafter(" + args + ", steps=" + s + ")", () -> FloatFunctions.nextafter(x, y, steps));
                }
            }
        }
        o.add("math.isclose(1.0, 1.0, rel_tol=-1.0)", () -> FloatFunctions.isclose(1.0, 1.0, -1.0, 0.0));
        return o.tests();
    }

    @TestFactory
    Stream<DynamicTest> fmaAndPow() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        Random r = new Random(13);
        double[] v = {0.0, -0.0, 1.0, -1.0, 1e308, 1e-308, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 0.1, 3.0};
        for (double x : v) {
            for (double y : v) {
                for (double z : new double[] {0.0, -0.0, 1.0, Double.NEGATIVE_INFINITY, Double.NaN, -1e308}) {
                    o.add("math.fma(" + f(x) + ", " + f(y) + ", " + f(z) + ")", () -> FloatFunctions.fma(x, y, z));
                }
            }
        }
        for (int i = 0; i < 100; i++) {
            double x = r.nextGaussian() * 10;
            double y = r.nextGaussian() * 10;
            double z = r.nextGaussian();
            o.add("math.fma(" + f(x) + ", " + f(y) + ", " + f(z) + ")", () -> FloatFunctions.fma(x, y, z));
            double b = Math.abs(x);
            o.add("math.pow(" + f(b) + ", " + f(y) + ")", () -> FloatFunctions.pow(b, y), 1);
            o.add("math.pow(" + f(-b) + ", " + f(Math.rint(y)) + ")", () -> FloatFunctions.pow(-b, Math.rint(y)), 1);
        }
        return o.tests();
    }

    private static String list(double[] xs) {
        StringBuilder sb = new StringBuilder("[");
        for (double x : xs) {
            sb.append(sb.length() > 1 ? ", " : "").append(f(x));
        }
        return sb.append(']').toString();
    }

    @TestFactory
    Stream<DynamicTest> sums() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        Random r = new Random(7);
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            double[] xs = new double[1 + r.nextInt(12)];
            int scale = r.nextInt(5);
            for (int j = 0; j < xs.length; j++) {
                xs[j] = switch (scale) {
                    case 0 -> r.nextGaussian();
                    case 1 -> r.nextGaussian() * Math.pow(10, r.nextInt(600) - 300);
                    case 2 -> r.nextBoolean() ? 1e308 : -1e308;
                    case 3 -> Double.MIN_VALUE * r.nextInt(100);
                    default -> new double[] {1.0, 1e100, -1e100, 1e-16, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY}[r.nextInt(7)];
                };
            }
            vectors.add(xs);
        }
        for (int k = 0; k < 3; k++) {
            // Long vectors with spread exponents: many partials at once (the partials array has to grow).
            double[] xs = new double[400];
            for (int j = 0; j < xs.length; j++) {
                xs[j] = r.nextGaussian() * Math.pow(2, r.nextInt(1200) - 600);
            }
            vectors.add(xs);
        }
        vectors.add(new double[] {});
        vectors.add(new double[] {1e308, 1e308, -1e308});
        vectors.add(new double[] {1.0, 1e-16, 1e-16});
        for (double[] xs : vectors) {
            o.add("math.fsum(" + list(xs) + ")", () -> Fsum.of(xs));
            o.add("math.hypot(*" + list(xs) + ")", () -> VectorNorm.hypot(xs));
            double[] ys = xs.clone();
            for (int j = 0; j < ys.length; j++) {
                ys[j] = ys[j] * 0.75 + r.nextGaussian();
            }
            o.add("math.dist(" + list(xs) + ", " + list(ys) + ")", () -> VectorNorm.dist(xs, ys));
            Object[] p = box(xs);
            Object[] q = box(ys);
            o.add("math.sumprod(" + list(xs) + ", " + list(ys) + ")", () -> Products.sumprod(p, q));
            o.add("math.prod(" + list(xs) + ")", () -> Products.prod(p, 1L));
        }
        o.add("math.dist([1.0], [1.0, 2.0])", () -> VectorNorm.dist(new double[] {1}, new double[] {1, 2}));
        return o.tests();
    }

    private static Object[] box(double[] xs) {
        Object[] out = new Object[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i];
        }
        return out;
    }
}
