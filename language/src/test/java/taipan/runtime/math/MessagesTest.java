package taipan.runtime.math;

import java.io.IOException;
import java.math.BigInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Exception classes and messages against the reference CPython 3.13.2 (platform-independent ones only). */
class MessagesTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @TestFactory
    Stream<DynamicTest> messages() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.REFERENCE);
        o.add("math.sqrt(-1.0)", () -> Elementary.sqrt(-1.0));
        o.add("math.exp(1000.0)", () -> Elementary.exp(1000.0));
        o.add("math.cosh(1000.0)", () -> Elementary.cosh(1000.0));
        o.add("math.acos(2.0)", () -> Elementary.acos(2.0));
        o.add("math.atanh(1.0)", () -> Elementary.atanh(1.0));
        o.add("math.acosh(0.5)", () -> Elementary.acosh(0.5));
        o.add("math.sin(float('inf'))", () -> Elementary.sin(INF));
        o.add("math.log(0.0)", () -> Logarithms.log(0.0));
        o.add("math.log(-(10**400))", () -> Logarithms.log(BigInteger.TEN.pow(400).negate()));
        o.add("math.log2(0)", () -> Logarithms.log2(0L));
        o.add("math.log10(-1.0)", () -> Logarithms.log10(-1.0));
        o.add("math.log1p(-1.0)", () -> Logarithms.log1p(-1.0));
        o.add("math.log(10.0, 1.0)", () -> Logarithms.log(10.0, 1.0));
        o.add("math.gamma(0.0)", () -> Elementary.gamma(0.0));
        o.add("math.gamma(-2.0)", () -> Elementary.gamma(-2.0));
        o.add("math.gamma(200.0)", () -> Elementary.gamma(200.0));
        o.add("math.gamma(1e-310)", () -> Elementary.gamma(1e-310));
        o.add("math.lgamma(-3.0)", () -> Elementary.lgamma(-3.0));
        o.add("math.factorial(-1)", () -> IntFunctions.factorial(-1L));
        o.add("math.isqrt(-1)", () -> IntFunctions.isqrt(-1L));
        o.add("math.isqrt(-10**30)", () -> IntFunctions.isqrt(BigInteger.TEN.pow(30).negate()));
        o.add("math.comb(-1, 2)", () -> IntFunctions.comb(-1L, 2L));
        o.add("math.comb(5, -1)", () -> IntFunctions.comb(5L, -1L));
        o.add("math.perm(-1, 2)", () -> IntFunctions.perm(-1L, 2L));
        o.add("math.perm(5, -1)", () -> IntFunctions.perm(5L, -1L));
        o.add("math.perm(-1)", () -> IntFunctions.perm(-1L));
        o.add("math.fsum([1e308, 1e308])", () -> Fsum.of(1e308, 1e308));
        o.add("math.fsum([float('inf'), float('-inf')])", () -> Fsum.of(INF, -INF));
        o.add("math.fsum([float('nan'), float('inf')])", () -> Fsum.of(NAN, INF));
        o.add("math.ldexp(1.0, 10000)", () -> FloatFunctions.ldexp(1.0, 10000));
        o.add("math.pow(0.0, -1.0)", () -> FloatFunctions.pow(0.0, -1.0));
        o.add("math.pow(-8.0, 1/3)", () -> FloatFunctions.pow(-8.0, 1.0 / 3));
        o.add("math.pow(10.0, 400.0)", () -> FloatFunctions.pow(10.0, 400.0));
        o.add("math.fmod(1.0, 0.0)", () -> FloatFunctions.fmod(1.0, 0.0));
        o.add("math.fmod(float('inf'), 1.0)", () -> FloatFunctions.fmod(INF, 1.0));
        o.add("math.remainder(1.0, 0.0)", () -> FloatFunctions.remainder(1.0, 0.0));
        o.add("math.nextafter(1.0, 2.0, steps=-1)", () -> {
            throw FloatFunctions.negativeSteps();
        });
        o.add("math.floor(float('nan'))", () -> FloatFunctions.floor(NAN));
        o.add("math.ceil(float('inf'))", () -> FloatFunctions.ceil(INF));
        o.add("math.trunc(float('-inf'))", () -> FloatFunctions.trunc(-INF));
        o.add("math.isclose(1.0, 1.0, abs_tol=-1.0)", () -> FloatFunctions.isclose(1.0, 1.0, 1e-9, -1.0));
        o.add("math.fma(float('inf'), 0.0, 1.0)", () -> FloatFunctions.fma(INF, 0.0, 1.0));
        o.add("math.fma(1e308, 10.0, 0.0)", () -> FloatFunctions.fma(1e308, 10.0, 0.0));
        o.add("math.dist([1.0], [1.0, 2.0])", () -> VectorNorm.dist(new double[] {1}, new double[] {1, 2}));
        o.add("math.sumprod([1], [1, 2])", () -> Products.sumprod(new Object[] {1L}, new Object[] {1L, 2L}));
        o.add("math.sumprod([10**400], [1.5])",
                        () -> Products.sumprod(new Object[] {BigInteger.TEN.pow(400)}, new Object[] {1.5}));
        o.add("cmath.log(0j)", () -> ComplexMath.log(new Complex(0, 0)));
        o.add("cmath.log(1, 1)", () -> ComplexMath.log(new Complex(1, 0), new Complex(1, 0)));
        o.add("cmath.exp(complex(1000.0, 1.0))", () -> ComplexMath.exp(new Complex(1000, 1)));
        o.add("cmath.atanh(1.0)", () -> ComplexTrig.atanh(new Complex(1, 0)));
        o.add("cmath.cosh(complex(1.0, float('inf')))", () -> ComplexTrig.cosh(new Complex(1, INF)));
        o.add("cmath.rect(1.0, float('inf'))", () -> ComplexMath.rect(1, INF));
        o.add("cmath.isclose(1j, 1j, rel_tol=-1.0)",
                        () -> ComplexMath.isclose(new Complex(0, 1), new Complex(0, 1), -1.0, 0.0));
        return o.tests();
    }
}
