package taipan.runtime.math;

import static taipan.runtime.math.MathOracle.f;

import java.io.IOException;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one-argument float functions against native CPython 3.13 (glibc libm) on special and random arguments. Bounds:
 * exact for sqrt/fabs/degrees/radians; 1 ulp for libm functions (Java and glibc round differently in rare cases);
 * cbrt 3 (glibc's cbrt is not correctly rounded); erf 2 and erfc 32 (CPython's series/continued fraction, not
 * glibc's erf); gamma/lgamma 4 (same Lanczos code, but over Java's exp/pow/log).
 */
class ElementaryTest {
    private static void table(MathOracle o, String name, DoubleUnaryOperator fn, long ulps, double lo, double hi) {
        for (double x : Samples.mixed(name.hashCode(), 40, lo, hi)) {
            o.add("math." + name + "(" + f(x) + ")", () -> fn.applyAsDouble(x), ulps);
        }
    }

    @TestFactory
    Stream<DynamicTest> elementary() throws IOException, InterruptedException {
        MathOracle o = new MathOracle(MathOracle.NATIVE);
        table(o, "sqrt", Elementary::sqrt, 0, -5, 5);
        table(o, "fabs", Elementary::fabs, 0, -5, 5);
        table(o, "degrees", Elementary::degrees, 0, -5, 5);
        table(o, "radians", Elementary::radians, 0, -5, 5);
        table(o, "exp", Elementary::exp, 1, -2, 2.8);
        table(o, "exp2", Elementary::exp2, 1, -2, 3);
        table(o, "expm1", Elementary::expm1, 1, -8, 2.8);
        table(o, "sin", Elementary::sin, 1, -3, 3);
        table(o, "cos", Elementary::cos, 1, -3, 3);
        table(o, "tan", Elementary::tan, 1, -3, 3);
        table(o, "asin", Elementary::asin, 1, -8, 0.01);
        table(o, "acos", Elementary::acos, 1, -8, 0.01);
        table(o, "atan", Elementary::atan, 1, -5, 5);
        table(o, "sinh", Elementary::sinh, 1, -5, 2.8);
        table(o, "cosh", Elementary::cosh, 1, -5, 2.8);
        table(o, "tanh", Elementary::tanh, 1, -5, 1.5);
        table(o, "asinh", Elementary::asinh, 1, -5, 10);
        table(o, "acosh", Elementary::acosh, 1, -1, 10);
        table(o, "atanh", Elementary::atanh, 1, -8, 0);
        table(o, "cbrt", Elementary::cbrt, 3, -10, 10);
        table(o, "log", Logarithms::log, 1, -10, 10);
        table(o, "log2", Logarithms::log2, 1, -10, 10);
        table(o, "log10", Logarithms::log10, 1, -10, 10);
        table(o, "log1p", Logarithms::log1p, 1, -10, 2);
        table(o, "erf", Elementary::erf, 2, -3, 0.8);
        table(o, "erfc", Elementary::erfc, 32, -3, 1.5);
        table(o, "gamma", Elementary::gamma, 4, -3, 2.3);
        table(o, "lgamma", Elementary::lgamma, 4, -3, 5);
        return o.tests();
    }
}
