package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * One entry of a PEP 695 type-parameter list ({@code T: int = str}, {@code *Ts}, {@code **P}): a new type
 * parameter whose bound or constraints and default are the functions its children make, evaluated lazily.
 */
public final class MakeTypeParamNode extends ExpressionNode {

    private final BuiltinType kind;
    private final TruffleString name;
    private final boolean constraints;
    @Child private ExpressionNode bound;
    @Child private ExpressionNode defaultValue;

    public MakeTypeParamNode(BuiltinType kind, String name, ExpressionNode bound, boolean constraints,
                    ExpressionNode defaultValue) {
        this.kind = kind;
        this.name = PyStrings.of(name);
        this.bound = bound;
        this.constraints = constraints;
        this.defaultValue = defaultValue;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object boundFunction = bound == null ? null : bound.executeGeneric(frame);
        Object defaultFunction = defaultValue == null ? null : defaultValue.executeGeneric(frame);
        Object module = PythonFrame.getGlobals(frame).getAttribute("__name__");
        return TypeParamObjects.typeParam(this, kind, name, boundFunction, constraints, defaultFunction,
                        module == null ? PNone.NONE : module);
    }
}
