package taipan.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/** A unary operation on an evaluated operand, such as {@link PyNumberNegativeNode}. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class UnaryOpNode extends Node {

    public abstract Object execute(Object operand);

    /** The user class's unary special method, made on first use by a fallback. */
    @Child private CallSpecialMethodNode dunder;

    /**
     * The generic path of a unary operator's {@code @Fallback}: the operand's {@code name} special method (of a
     * user class), else CPython's "bad operand type for unary" {@code TypeError}.
     */
    protected final Object unaryDunder(Object operand, String name, String symbol) {
        if (dunder == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dunder = insert(CallSpecialMethodNode.create(name));
        }
        Object result = operand instanceof PythonObject || operand instanceof taipan.runtime.type.PythonClass
                        ? dunder.execute(operand, new Object[0]) : null;
        if (result == null && operand instanceof taipan.runtime.object.PBuiltinSubclassObject sub) {
            // no user method: the built-in base's own operation on the value (-MyInt(5) is the int -5)
            return execute(sub.getValue());
        }
        if (result == null) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.BAD_OPERAND_FOR_UNARY, symbol,
                            PythonErrors.typeName(this, operand));
        }
        return result;
    }

    protected static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger;
    }
}
