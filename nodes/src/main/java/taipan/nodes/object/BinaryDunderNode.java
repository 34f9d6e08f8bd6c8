package taipan.nodes.object;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.PythonClass;

/**
 * The special-method half of a binary operator (CPython's {@code binary_op1} with {@code slot_nb_*}): the left
 * operand's {@code __op__}, then the right operand's {@code __rop__}, the right one first when its class is a
 * subclass of the left's that overrides {@code __rop__}. Only methods of user classes take part (built-in
 * operands have their own specialisations). Returns {@link PNotImplemented} when neither applies.
 */
public final class BinaryDunderNode extends Node {

    private static final Object[] NO_KEYWORDS = new Object[0];

    private final String name;
    private final String reflectedName;
    @Child private GetClassNode leftClass = GetClassNode.create();
    @Child private GetClassNode rightClass = GetClassNode.create();
    @Child private LookupInMroNode lookupLeft;
    @Child private LookupInMroNode lookupRight;
    @Child private LookupInMroNode lookupLeftReflected;
    @Child private CallDispatchNode callLeft = CallDispatchNode.create();
    @Child private CallDispatchNode callRight = CallDispatchNode.create();
    private final ConditionProfile sameClass = ConditionProfile.create();

    private BinaryDunderNode(String name, String reflectedName) {
        this.name = name;
        this.reflectedName = reflectedName;
        this.lookupLeft = LookupInMroNode.create(name);
        this.lookupRight = LookupInMroNode.create(reflectedName);
        this.lookupLeftReflected = LookupInMroNode.create(reflectedName);
    }

    /** For an operator symbol ({@code "+"}, or {@code "+="} for the plain operation behind it). */
    public static BinaryDunderNode create(String symbol) {
        String base = Operators.dunderBase(symbol);
        return new BinaryDunderNode("__" + base + "__", "__r" + base + "__");
    }

    public static BinaryDunderNode create(String name, String reflectedName) {
        return new BinaryDunderNode(name, reflectedName);
    }

    public Object execute(Object left, Object right) {
        PythonClass lc = leftClass.execute(left);
        PythonClass rc = rightClass.execute(right);
        Object slotLeft = userSlot(lookupLeft.execute(lc), left);
        Object slotRight = sameClass.profile(lc == rc) ? null : userSlot(lookupRight.execute(rc), right);
        if (slotRight != null && rc.isSubclassOf(lc) && slotRight != lookupLeftReflected.execute(lc)) {
            Object result = callRight.execute(slotRight, new Object[]{right, left}, NO_KEYWORDS);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
            slotRight = null;
        }
        if (slotLeft != null) {
            Object result = callLeft.execute(slotLeft, new Object[]{left, right}, NO_KEYWORDS);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
        }
        if (slotRight != null) {
            return callRight.execute(slotRight, new Object[]{right, left}, NO_KEYWORDS);
        }
        return PNotImplemented.NOT_IMPLEMENTED;
    }

    /** A special method a user class defines (built-in classes' methods are reached by specialisations). */
    static Object userSlot(Object attribute, Object operand) {
        // a subclass instance of a built-in class takes its base's Java methods too (on its built-in value)
        return attribute == null || attribute instanceof PBuiltinFunction f && !f.isNativeSlot() &&
                        !(operand instanceof taipan.runtime.object.PBuiltinSubclassObject) &&
                        !(operand instanceof taipan.runtime.type.PGenericAlias) &&
                        !(operand instanceof taipan.runtime.type.PUnionType) && !isUnionOperator(f, operand) ? null
                                        : attribute;
    }

    /** {@code int | str}: type's {@code __or__}/{@code __ror__} (PEP 604) are reached only through this path. */
    static boolean isUnionOperator(PBuiltinFunction f, Object operand) {
        return (operand instanceof PythonClass || operand instanceof taipan.runtime.type.PUnionType) &&
                        (f.getName().equals("__or__") || f.getName().equals("__ror__"));
    }

    public String getName() {
        return name;
    }

    static boolean isFunction(Object attribute) {
        return attribute instanceof PFunction;
    }
}
