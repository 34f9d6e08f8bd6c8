package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.ComplexFormat;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.Complex;
import taipan.runtime.number.ComplexParser;
import taipan.runtime.number.Numbers;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code complex}: the constructor and methods (CPython's {@code Objects/complexobject.c}). */
@CoreFunctions(extendClasses = BuiltinType.COMPLEX)
public final class ComplexBuiltins {

    private ComplexBuiltins() {
    }

    @Builtin(name = "complex", parameterNames = {"cls", "real", "imag"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.COMPLEX)
    abstract static class ComplexNode extends PythonTernaryBuiltinNode {

        @Specialization
        Complex doCreate(@SuppressWarnings("unused") Object cls, Object real, Object imag) {
            if (real == PNone.NO_VALUE) {
                return new Complex(0.0, imag == PNone.NO_VALUE ? 0.0 : part(imag, "second"));
            }
            if (real instanceof TruffleString s) {
                if (imag != PNone.NO_VALUE) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "complex() can't take second arg if first is a string");
                }
                return parse(s.toJavaStringUncached());
            }
            if (imag instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "complex() second argument must be a number, not 'str'");
            }
            // CPython's complex_new: r + i*1j without rounding through complex multiplication
            boolean realIsComplex = real instanceof Complex;
            double crReal = realIsComplex ? ((Complex) real).real() : part(real, "first");
            double crImag = realIsComplex ? ((Complex) real).imag() : 0.0;
            if (imag == PNone.NO_VALUE) {
                return new Complex(crReal, crImag);
            }
            double ciReal = imag instanceof Complex ci ? ci.real() : part(imag, "second");
            if (imag instanceof Complex ci) {
                crReal -= ci.imag();
            }
            if (realIsComplex) {
                ciReal += crImag;
            }
            return new Complex(crReal, ciReal);
        }

        private double part(Object value, String which) {
            if (value instanceof Double || value instanceof Long || value instanceof Boolean
                            || value instanceof BigInteger) {
                return Numbers.toDouble(this, value);
            } else if (value instanceof Complex c) {
                return c.real();
            }
            String accepted = which.equals("first") ? "a string or a number" : "a number";
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "complex() %s argument must be %s, not '%s'", which,
                            accepted, PythonErrors.typeName(this, value));
        }

        private Complex parse(String text) {
            try {
                return ComplexParser.parse(text);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }
    }

    @Builtin(name = "conjugate", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Complex doIt(Complex self) {
            return new Complex(self.real(), -self.imag());
        }
    }

    @Builtin(name = "__format__", parameterNames = {"self", "format_spec"}, minNumOfPositionalArgs = 2)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doIt(Complex self, TruffleString spec) {
            try {
                return format(self, spec.toJavaStringUncached());
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }

        @TruffleBoundary
        private static TruffleString format(Complex self, String spec) {
            return PyStrings.of(ComplexFormat.format(self.real(), self.imag(), spec));
        }
    }
}
