package taipan.nodes.expression;

import taipan.runtime.number.ComplexOps;
import taipan.runtime.math.Complex;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.object.BinaryDunderNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PNotImplemented;

/**
 * A binary operation on two evaluated operands, such as {@link PyNumberAddNode}. Operand evaluation lives in
 * {@link BinaryExpressionNode}, so builtins, augmented assignment and comparison chains reuse the operation.
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class BinaryOpNode extends Node {

    public abstract Object execute(Object left, Object right);

    /** The user classes' {@code __op__}/{@code __rop__}, made on first use by a fallback. */
    @Child private BinaryDunderNode dunder;
    /** The operation of an augmented assignment: its TypeError names {@code +=}, not {@code +}. */
    private boolean inplace;

    /** Marks this operation as the one an augmented assignment falls back to (set once, at construction). */
    final void markInplace() {
        inplace = true;
    }

    /**
     * The generic path of an arithmetic operator's {@code @Fallback}: the operands' special methods, else
     * CPython's "unsupported operand type(s)" {@code TypeError}.
     */
    protected final Object binaryDunder(Object left, Object right) {
        if (dunder == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dunder = insert(BinaryDunderNode.create(getSymbol()));
        }
        Object result = dunder.execute(left, right);
        if (result == PNotImplemented.NOT_IMPLEMENTED && (left instanceof PBuiltinSubclassObject
                        || right instanceof PBuiltinSubclassObject)) {
            // no user method took it: the built-in base's own operation on the values (set.__or__ of a MySet)
            return unwrappedOperation(left, right);
        }
        if (result == PNotImplemented.NOT_IMPLEMENTED) {
            throw PythonErrors.unsupportedOperands(this, inplace ? getSymbol() + "=" : getErrorSymbol(), left, right);
        }
        return result;
    }

    /**
     * Behind a boundary: it re-enters this node's own {@code execute}, which partial evaluation would inline without
     * end ("Too deep inlining" bailouts made every function with a user-class operator uncompilable).
     */
    @CompilerDirectives.TruffleBoundary
    private Object unwrappedOperation(Object left, Object right) {
        try {
            return execute(PBuiltinSubclassObject.unwrap(left), PBuiltinSubclassObject.unwrap(right));
        } catch (taipan.runtime.exception.PException e) {
            // the message names the operands as given (MySet, not set)
            if (taipan.nodes.object.ObjectProtocols.is(this, e, taipan.runtime.type.BuiltinType.TYPE_ERROR)) {
                throw PythonErrors.unsupportedOperands(this, inplace ? getSymbol() + "=" : getErrorSymbol(), left, right);
            }
            throw e;
        }
    }

    /** The operator as the "unsupported operand type(s) for ..." message names it. */
    protected String getErrorSymbol() {
        return getSymbol();
    }

    /** The operator's source symbol, for error messages. */
    public abstract String getSymbol();

    protected static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger;
    }

    /** Two ints of which at least one is not a {@code long}: a {@code BigInteger} or a {@code bool}. */
    protected static boolean isBigIntPair(Object left, Object right) {
        return isInteger(left) && isInteger(right) && !(left instanceof Long && right instanceof Long);
    }

    /** A complex operand with an int, float or complex one: complex arithmetic (CPython 3.13 converts both). */
    protected static boolean isComplexPair(Object left, Object right) {
        return (left instanceof Complex || right instanceof Complex) && ComplexOps.isComplexOperand(left)
                        && ComplexOps.isComplexOperand(right);
    }

    /**
     * A float with an int or float: float arithmetic. At least one must be a float, or once this specialisation is
     * active it would also take two ints (the DSL tries active specialisations first) and give a float.
     */
    protected static boolean isFloatMix(Object left, Object right) {
        return (left instanceof Double || right instanceof Double) && isNumber(left) && isNumber(right);
    }

    /** int or float: the operands where a mix of int and float means float arithmetic. */
    protected static boolean isNumber(Object value) {
        return isInteger(value) || value instanceof Double;
    }
}
