package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code a is b} (and, negated, {@code is not}). Ints, floats and bools are Java primitives here, so they are
 * identical when equal, as CPython's small ints and interned constants are.
 */
public abstract class IsNode extends BinaryOpNode {

    protected final boolean negated;

    protected IsNode(boolean negated) {
        this.negated = negated;
    }

    public static IsNode create(boolean negated) {
        return IsNodeGen.create(negated);
    }

    @Override
    public final String getSymbol() {
        return negated ? "is not" : "is";
    }

    @Specialization
    boolean doBoolean(boolean left, boolean right) {
        return (left == right) != negated;
    }

    @Specialization
    boolean doLong(long left, long right) {
        return (left == right) != negated;
    }

    @Specialization
    boolean doDouble(double left, double right) {
        return (Double.doubleToRawLongBits(left) == Double.doubleToRawLongBits(right)) != negated;
    }

    @Fallback
    boolean doObject(Object left, Object right) {
        return (left == right) != negated;
    }
}
