package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.runtime.exception.PythonErrors;

/** {@code a @ b}: CPython's {@code PyNumber_MatrixMultiply}; no built-in type supports it. */
public abstract class PyNumberMatrixMultiplyNode extends BinaryOpNode {

    @Override
    public final String getSymbol() {
        return "@";
    }

    @Specialization
    Object doGeneric(Object left, Object right) {
        return binaryDunder(left, right);
    }
}
