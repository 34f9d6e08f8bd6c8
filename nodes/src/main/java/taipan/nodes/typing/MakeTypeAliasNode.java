package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;

/** {@code type Name[params] = value}: a {@code TypeAliasType} whose value the function of {@code evaluator} computes. */
public final class MakeTypeAliasNode extends ExpressionNode {

    private final TruffleString name;
    /** The tuple of type parameters, or null for a non-generic alias. */
    @Child private ExpressionNode typeParams;
    @Child private ExpressionNode evaluator;

    public MakeTypeAliasNode(String name, ExpressionNode typeParams, ExpressionNode evaluator) {
        this.name = PyStrings.of(name);
        this.typeParams = typeParams;
        this.evaluator = evaluator;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PTuple params = typeParams == null ? PTuple.EMPTY : (PTuple) typeParams.executeGeneric(frame);
        Object function = evaluator.executeGeneric(frame);
        Object module = PythonFrame.getGlobals(frame).getAttribute("__name__");
        return TypeAliasObjects.create(this, name, params, function, module == null ? PNone.NONE : module);
    }
}
