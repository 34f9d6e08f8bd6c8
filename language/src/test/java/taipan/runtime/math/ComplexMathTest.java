package taipan.runtime.math;

import static taipan.runtime.math.MathOracle.f;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** cmath against native CPython 3.13: every special-value class pair plus random and extreme arguments. */
class ComplexMathTest {
    private static final double[] PARTS = {
        Double.NEGATIVE_INFINITY, -2.5, -0.0, 0.0, 0.75, Double.POSITIVE_INFINITY, Double.NaN, 1.0, -1.0, 1e-310,
        1e300, -1e300, 1e155, 720.0, -720.0};

    private static final Complex[] BASES = {
        new Complex(2, 0), new Complex(10, 0), new Complex(0.5, 0), new Complex(-1, 0), new Complex(0, 1),
        new Complex(0, 0), new Complex(1, 0), new Complex(Double.POSITIVE_INFINITY, 0)};

    static List<Complex> arguments() {
        List<Complex> zs = new ArrayList<>();
        for (double re : PARTS) {
            for (double im : PARTS) {
                zs.add(new Complex(re, im));
            }
        }
        Random r = new Random(42);
        for (int i = 0; i < 60; i++) {
            double scale = Math.pow(10, r.nextInt(8) - 4);
            zs.add(new Complex(r.nextGaussian() * scale, r.nextGaussian() * scale));
        }
        return zs;
    }

    static String c(Complex z) {
        return "complex(" + f(z.real()) + ", " + f(z.imag()) + ")";
    }

    private static void table(MathOracle o, String name, UnaryOperator<Complex> fn, long ulps) {
        for (Complex z : arguments()) {
            o.add("cmath." + name + "(" + c(z) + ")", () -> fn.apply(z), ulps);
        }
    }

    @TestFactory
    Stream<DynamicTest> functions() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        table(o, "sqrt", ComplexMath::sqrt, 1);
        table(o, "exp", ComplexMath::exp, 2);
        table(o, "log", ComplexMath::log, 2);
        table(o, "log10", ComplexMath::log10, 2);
        table(o, "acos", ComplexTrig::acos, 2);
        table(o, "acosh", ComplexTrig::acosh, 2);
        table(o, "asin", ComplexTrig::asin, 2);
        table(o, "asinh", ComplexTrig::asinh, 2);
        table(o, "atan", ComplexTrig::atan, 2);
        table(o, "atanh", ComplexTrig::atanh, 2);
        table(o, "cos", ComplexTrig::cos, 2);
        table(o, "cosh", ComplexTrig::cosh, 2);
        table(o, "sin", ComplexTrig::sin, 2);
        table(o, "sinh", ComplexTrig::sinh, 2);
        table(o, "tan", ComplexTrig::tan, 4);
        table(o, "tanh", ComplexTrig::tanh, 4);
        return o.tests();
    }

    @TestFactory
    Stream<DynamicTest> others() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        List<Complex> zs = arguments();
        for (int i = 0; i < zs.size(); i++) {
            Complex z = zs.get(i);
            Complex w = zs.get((i * 7 + 3) % zs.size());
            o.add("cmath.phase(" + c(z) + ")", () -> ComplexMath.phase(z), 1);
            o.add("cmath.polar(" + c(z) + ")", () -> box(ComplexMath.polar(z)), 1);
            o.add("cmath.rect(" + f(z.real()) + ", " + f(z.imag()) + ")", () -> ComplexMath.rect(z.real(), z.imag()), 2);
            o.add("cmath.isfinite(" + c(z) + ")", () -> ComplexMath.isfinite(z));
            o.add("cmath.isinf(" + c(z) + ")", () -> ComplexMath.isinf(z));
            o.add("cmath.isnan(" + c(z) + ")", () -> ComplexMath.isnan(z));
            o.add("cmath.isclose(" + c(z) + ", " + c(w) + ", rel_tol=0.5)", () -> ComplexMath.isclose(z, w, 0.5, 0.0));
            o.add("cmath.isclose(" + c(z) + ", " + c(z) + ")", () -> ComplexMath.isclose(z, z, 1e-9, 0.0));
            // Bases whose log is well away from zero and infinity: elsewhere the quotient magnifies libm's last bit.
            for (Complex base : BASES) {
                o.add("cmath.log(" + c(z) + ", " + c(base) + ")", () -> ComplexMath.log(z, base), 4);
            }
        }
        return o.tests();
    }

    private static Object[] box(double[] pair) {
        return new Object[] {pair[0], pair[1]};
    }
}
