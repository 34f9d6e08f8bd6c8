package taipan.nodes.call;

import taipan.nodes.PythonSourceNode;
import taipan.nodes.attribute.PyObjectGetAttrNode;

/**
 * The {@code obj.name} part of a method call {@code obj.name(args)}: a failed lookup is reported at this span, as
 * CPython's {@code LOAD_ATTR} is (a traceback marks {@code obj.name}, not the whole call).
 */
public final class AttributeSiteNode extends PythonSourceNode {

    @Child private PyObjectGetAttrNode getAttr;

    AttributeSiteNode(String name) {
        this.getAttr = PyObjectGetAttrNode.create(name);
    }

    Object execute(Object object) {
        try {
            return getAttr.execute(object);
        } catch (taipan.runtime.exception.PException e) {
            throw taipan.nodes.attribute.AttributeErrorContext.add(e, object, getAttr.getName());
        }
    }
}
