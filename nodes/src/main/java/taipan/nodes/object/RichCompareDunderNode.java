package taipan.nodes.object;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.PythonClass;

/**
 * The special-method half of a rich comparison (CPython's {@code do_richcompare}): the reflected method of a
 * right operand whose class subclasses the left's first, then the left's method, then the reflected one.
 * {@code !=} without a user {@code __ne__} inverts a user {@code __eq__}, as {@code object.__ne__} does. Returns
 * {@link PNotImplemented} when no user method decides; the caller applies the identity default or raises.
 */
public final class RichCompareDunderNode extends Node {

    private static final Object[] NO_KEYWORDS = new Object[0];

    private final boolean isNotEqual;
    @Child private GetClassNode leftClass = GetClassNode.create();
    @Child private GetClassNode rightClass = GetClassNode.create();
    @Child private LookupInMroNode lookupLeft;
    @Child private LookupInMroNode lookupRight;
    @Child private LookupInMroNode lookupLeftEq;
    @Child private LookupInMroNode lookupRightEq;
    @Child private CallDispatchNode callLeft = CallDispatchNode.create();
    @Child private CallDispatchNode callRight = CallDispatchNode.create();
    @Child private PyObjectIsTrueNode isTrue;
    private final ConditionProfile sameClass = ConditionProfile.create();

    private RichCompareDunderNode(String name, String reflectedName) {
        this.isNotEqual = name.equals("__ne__");
        this.lookupLeft = LookupInMroNode.create(name);
        this.lookupRight = LookupInMroNode.create(reflectedName);
        if (isNotEqual) {
            this.lookupLeftEq = LookupInMroNode.create("__eq__");
            this.lookupRightEq = LookupInMroNode.create("__eq__");
            this.isTrue = PyObjectIsTrueNode.create();
        }
    }

    /** For {@code <}, {@code <=}, {@code ==}, {@code !=}, {@code >}, {@code >=}. */
    public static RichCompareDunderNode create(String symbol) {
        return switch (symbol) {
            case "<" -> new RichCompareDunderNode("__lt__", "__gt__");
            case "<=" -> new RichCompareDunderNode("__le__", "__ge__");
            case "==" -> new RichCompareDunderNode("__eq__", "__eq__");
            case "!=" -> new RichCompareDunderNode("__ne__", "__ne__");
            case ">" -> new RichCompareDunderNode("__gt__", "__lt__");
            case ">=" -> new RichCompareDunderNode("__ge__", "__le__");
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    public Object execute(Object left, Object right) {
        PythonClass lc = leftClass.execute(left);
        PythonClass rc = rightClass.execute(right);
        boolean same = sameClass.profile(lc == rc);
        boolean reflectedTried = false;
        if (!same && rc.isSubclassOf(lc)) {
            Object result = callReflected(rc, left, right);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
            reflectedTried = true;
        }
        Object slot = BinaryDunderNode.userSlot(lookupLeft.execute(lc), left);
        if (slot != null) {
            Object result = callLeft.execute(slot, new Object[]{left, right}, NO_KEYWORDS);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
        } else if (isNotEqual) {
            Object result = invertedEq(lookupLeftEq.execute(lc), left, right, callLeft);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
        }
        if (!reflectedTried) {
            return callReflected(rc, left, right);
        }
        return PNotImplemented.NOT_IMPLEMENTED;
    }

    private Object callReflected(PythonClass rc, Object left, Object right) {
        Object slot = BinaryDunderNode.userSlot(lookupRight.execute(rc), right);
        if (slot != null) {
            return callRight.execute(slot, new Object[]{right, left}, NO_KEYWORDS);
        } else if (isNotEqual) {
            return invertedEq(lookupRightEq.execute(rc), right, left, callRight);
        }
        return PNotImplemented.NOT_IMPLEMENTED;
    }

    /** {@code object.__ne__}: the negation of a user {@code __eq__} unless that returns NotImplemented. */
    private Object invertedEq(Object eq, Object self, Object other, CallDispatchNode call) {
        Object slot = BinaryDunderNode.userSlot(eq, self);
        if (slot == null) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        Object result = call.execute(slot, new Object[]{self, other}, NO_KEYWORDS);
        if (result == PNotImplemented.NOT_IMPLEMENTED) {
            return result;
        }
        return !isTrue.execute(result);
    }
}
