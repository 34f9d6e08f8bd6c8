package taipan.nodes.classes;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code super()} in a method: {@code super(__class__, first_argument)}. */
public final class SuperZeroArgNode extends ExpressionNode {

    /** Null in a function without a {@code __class__} cell. */
    @Child private ExpressionNode classCell;
    /** Null when the method has no positional parameters. */
    @Child private ExpressionNode self;

    public SuperZeroArgNode(ExpressionNode classCell, ExpressionNode self) {
        this.classCell = classCell;
        this.self = self;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (self == null) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "super(): no arguments");
        } else if (classCell == null) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        Object cls;
        try {
            cls = classCell.executeGeneric(frame);
        } catch (PException e) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        if (!(cls instanceof PythonClass type)) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "super(): __class__ is not a type (%s)",
                            PythonErrors.typeName(this, cls));
        }
        return SuperObjects.create(this, type, self.executeGeneric(frame));
    }
}
