package taipan.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.StandardTags.ExpressionTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.nodes.ExpressionNode;
import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.object.GetClassNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.runtime.exception.PException;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PythonObject;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.type.PythonClass;

/**
 * {@code obj.name(args)} without a bound method: the method is looked up on the receiver's class through an inline
 * cache and called with the receiver prepended, as CPython's {@code LOAD_ATTR}-method/{@code CALL} pair does.
 * Modules and classes take the ordinary attribute path (their attributes are not methods of the receiver).
 */
public final class MethodCallNode extends ExpressionNode {

    private final String name;
    @Child private ExpressionNode receiver;
    @Children private final ExpressionNode[] arguments;
    @Children private final ExpressionNode[] keywordValues;
    @Child private GetClassNode getClass = GetClassNode.create();
    @Child private LookupInMroNode lookup;
    @Child private AttributeSiteNode getAttr;
    @Child private CallDispatchNode dispatch;
    private final ConditionProfile isPlainAttribute = ConditionProfile.create();
    /** Reads a user instance's own attributes, which shadow the class's methods. */
    @Child private DynamicObjectLibrary ownAttributes = DynamicObjectLibrary.getFactory().createDispatched(6);

    public MethodCallNode(ExpressionNode receiver, String name, ExpressionNode[] arguments, String[] keywordNames,
                    ExpressionNode[] keywordValues) {
        this.name = name;
        this.receiver = receiver;
        this.arguments = arguments;
        this.keywordValues = keywordValues;
        this.lookup = LookupInMroNode.create(name);
        this.getAttr = new AttributeSiteNode(name);
        this.dispatch = CallDispatchNode.create(keywordNames);
    }

    /** Where a failed lookup of {@code receiver.name} is reported: the span of that attribute expression. */
    public AttributeSiteNode getAttributeSite() {
        return getAttr;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        if (isPlainAttribute.profile(self instanceof PythonModule || self instanceof PythonClass
                        || self instanceof PSimpleNamespace || self instanceof taipan.runtime.object.PSuper)) {
            Object callee = getAttr.execute(self);
            return call(callee, evaluate(frame, arguments, 0), evaluate(frame, keywordValues, 0));
        }
        Object method = lookup.execute(getClass.execute(self));
        if (self instanceof PythonObject object) {
            return callOnObject(frame, object, method);
        }
        if (method == null) {
            // not a method of the class: the value's own attributes (a function's __dict__, property.fget), or an error
            Object callee = getAttr.execute(self);
            return call(callee, evaluate(frame, arguments, 0), evaluate(frame, keywordValues, 0));
        }
        if (method instanceof PBuiltinFunction) {
            Object[] positional = evaluate(frame, arguments, 1);
            positional[0] = self;
            return call(method, positional, evaluate(frame, keywordValues, 0));
        } else if (method instanceof PClassMethod classMethod) {
            // int.from_bytes through an instance: bound to the instance's class
            Object[] positional = evaluate(frame, arguments, 1);
            positional[0] = getClass.execute(self);
            return call(classMethod.getCallable(), positional, evaluate(frame, keywordValues, 0));
        }
        return call(method, evaluate(frame, arguments, 0), evaluate(frame, keywordValues, 0));
    }

    private Object call(Object callee, Object[] positional, Object[] keywords) {
        try {
            return dispatch.execute(callee, positional, keywords);
        } catch (PException e) {
            e.passedCall(this); // the line of this frame's traceback entry, known without a stack walk
            throw e;
        }
    }

    /**
     * A user instance: a function found on its class and not shadowed by an instance attribute is called with the
     * instance prepended, without a bound method; anything else is an ordinary attribute read and call.
     */
    private Object callOnObject(VirtualFrame frame, PythonObject self, Object method) {
        if ((method instanceof PFunction || method instanceof PBuiltinFunction b && b.bindsToInstance())
                        && !ownAttributes.containsKey(self, name)) {
            Object[] positional = evaluate(frame, arguments, 1);
            positional[0] = self;
            return call(method, positional, evaluate(frame, keywordValues, 0));
        }
        Object callee = getAttr.execute(self);
        return call(callee, evaluate(frame, arguments, 0), evaluate(frame, keywordValues, 0));
    }

    /** The values of {@code nodes}, left to right, after {@code offset} free leading slots. */
    @ExplodeLoop
    private static Object[] evaluate(VirtualFrame frame, ExpressionNode[] nodes, int offset) {
        Object[] values = new Object[nodes.length + offset];
        for (int i = 0; i < nodes.length; i++) {
            values[i + offset] = nodes[i].executeGeneric(frame);
        }
        return values;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == CallTag.class || tag == ExpressionTag.class;
    }
}
