package taipan.nodes.typing;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.nodes.ExpressionNode;
import taipan.nodes.classes.ClassNamespaces;

/**
 * A free or global name read in an annotation scope of a class body (CPython's {@code LOAD_FROM_DICT_OR_DEREF} and
 * {@code LOAD_FROM_DICT_OR_GLOBALS}): the class namespace first, then where the name lives.
 */
public final class ReadFromClassDictNode extends ExpressionNode {

    private final String name;
    @Child private ExpressionNode classDict;
    @Child private ExpressionNode fallback;
    private final ConditionProfile found = ConditionProfile.create();

    public ReadFromClassDictNode(ExpressionNode classDict, String name, ExpressionNode fallback) {
        this.classDict = classDict;
        this.name = name;
        this.fallback = fallback;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ClassNamespaces.get(this, classDict.executeGeneric(frame), name);
        if (found.profile(value != null)) {
            return value;
        }
        return fallback.executeGeneric(frame);
    }
}
