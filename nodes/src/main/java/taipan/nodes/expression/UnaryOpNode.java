package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;

/** A unary operation on an evaluated operand, such as {@link PyNumberNegativeNode}. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class UnaryOpNode extends Node {

    public abstract Object execute(Object operand);

    protected static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger;
    }
}
