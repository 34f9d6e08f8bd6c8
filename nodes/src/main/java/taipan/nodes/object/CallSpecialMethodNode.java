package taipan.nodes.object;

import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PFunction;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.ConditionProfile;

/**
 * {@code type(receiver).<dunder>(receiver, *args)}: the special method is looked up on the class (never the
 * instance), cached per class; returns null when the class has no such attribute, so the caller raises its own
 * {@code TypeError}.
 */
public final class CallSpecialMethodNode extends Node {

    private final String dunder;
    @Child private GetClassNode getClass = GetClassNode.create();
    @Child private LookupInMroNode lookup;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    private final ConditionProfile isFunction = ConditionProfile.create();

    private CallSpecialMethodNode(String dunder) {
        this.dunder = dunder;
        this.lookup = LookupInMroNode.create(dunder);
    }

    public static CallSpecialMethodNode create(String dunder) {
        return new CallSpecialMethodNode(dunder);
    }

    public Object execute(Object receiver, Object[] args) {
        Object method = lookup.execute(getClass.execute(receiver));
        if (method == null) {
            return null;
        }
        if (isFunction.profile(method instanceof PFunction || method instanceof PBuiltinFunction f && f.bindsToInstance())) {
            return dispatch.execute(method, SlowCall.prepend(receiver, args), new Object[0]);
        }
        return SpecialMethods.callAttribute(this, method, receiver, getClass.execute(receiver), args);
    }

    /** The special method's name, for callers' error messages. */
    public String getDunder() {
        return dunder;
    }
}
