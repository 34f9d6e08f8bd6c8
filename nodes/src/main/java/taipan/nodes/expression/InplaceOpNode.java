package taipan.nodes.expression;

import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.nodes.object.Operators;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PythonObject;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSet;
import taipan.runtime.set.SetStorage;
import taipan.threading.ThreadingMode;

/**
 * The operation of an augmented assignment: {@code list +=}/{@code *=}, {@code set |= &= -= ^=} and {@code dict |=}
 * change the left operand in place ({@code __iadd__} ...); anything else is the plain binary operation.
 */
public abstract class InplaceOpNode extends BinaryOpNode {

    @Child private BinaryOpNode operation;
    private final String symbol;
    /** The operator, decided once: guards test these constants, so compiled code folds them away. */
    private final boolean add;
    private final boolean mul;
    private final boolean or;
    private final boolean setOp;

    protected InplaceOpNode(BinaryOpNode operation) {
        this.operation = operation;
        operation.markInplace();
        this.symbol = operation.getSymbol();
        this.add = symbol.equals("+");
        this.mul = symbol.equals("*");
        this.or = symbol.equals("|");
        this.setOp = or || symbol.equals("&") || symbol.equals("-") || symbol.equals("^");
    }

    @Override
    public final String getSymbol() {
        return symbol + "=";
    }

    @Specialization(guards = "isAdd()")
    PList doListExtend(PList left, Object right, @Cached SequenceItemsNode items) {
        left.getStorage().extend(mode(), items.execute(right, left));
        return left;
    }

    @Specialization(guards = "isMul()")
    PList doListRepeat(PList left, long count) {
        try {
            left.getStorage().inplaceRepeat(mode(), count);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
        return left;
    }

    @Specialization(guards = "isAdd()")
    PByteArray doByteArrayExtend(PByteArray left, PBytesLike right) {
        byte[] bytes = right.toByteArray();
        left.extend(bytes, bytes.length);
        return left;
    }

    @Specialization(guards = "isMul()")
    PByteArray doByteArrayRepeat(PByteArray left, long count) {
        byte[] bytes = left.toByteArray();
        left.setContents(BytesOps.repeat(new PBytes(bytes), (int) Math.max(0, Math.min(count,
                        bytes.length == 0 ? 0 : Integer.MAX_VALUE / bytes.length))).toByteArray());
        return left;
    }

    @Specialization(guards = "isSetOp()")
    PSet doSet(PSet left, PBaseSet right) {
        ThreadingMode mode = mode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        SetStorage s = left.getStorage();
        switch (symbol) {
            case "|" -> s.addAll(mode, ops, right.getStorage().elements(mode));
            case "&" -> s.retainAll(mode, ops, right.getStorage());
            case "-" -> s.removeAll(mode, ops, right.getStorage().elements(mode));
            default -> s.toggleAll(mode, ops, right.getStorage());
        }
        return left;
    }

    @Specialization(guards = "isOr()")
    PDict doDict(PDict left, Object right, @Cached SequenceItemsNode items) {
        ThreadingMode mode = mode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        if (right instanceof PDict d) {
            left.getStorage().update(mode, ops, d.getStorage());
        } else {
            taipan.nodes.subscript.DictPairs.addPairs(this, mode, ops, left.getStorage(), items.execute(right, left), items);
        }
        return left;
    }

    /** A user instance: its class's {@code __iop__} first, then the plain operation. */
    @Specialization
    Object doUserObject(PythonObject left, Object right,
                    @Cached("create(inplaceName())") CallSpecialMethodNode callInplace) {
        Object result = callInplace.execute(left, new Object[]{right});
        if (result != null && result != PNotImplemented.NOT_IMPLEMENTED) {
            return result;
        } else if (left instanceof taipan.runtime.object.PBuiltinSubclassObject w && isMutable(w.getValue())) {
            // list/set/dict's own __iop__ changes the built-in value in place and returns the subclass instance
            return inplaceOnValue(w, right);
        }
        return operation.execute(left, right);
    }

    /** Behind a boundary: re-entering this node's {@code execute} in compiled code would inline without end. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object inplaceOnValue(taipan.runtime.object.PBuiltinSubclassObject left, Object right) {
        Object inner = left.getValue();
        Object changed = execute(inner, right);
        return changed == inner ? left : changed;
    }

    final String inplaceName() {
        return "__i" + Operators.dunderBase(symbol) + "__";
    }

    @Fallback
    Object doBinary(Object left, Object right) {
        return operation.execute(left, right);
    }

    static boolean isMutable(Object value) {
        return value instanceof PList || value instanceof PSet || value instanceof PDict || value instanceof PByteArray;
    }

    boolean isAdd() {
        return add;
    }

    boolean isMul() {
        return mul;
    }

    boolean isOr() {
        return or;
    }

    boolean isSetOp() {
        return setOp;
    }

    private ThreadingMode mode() {
        return TaipanLanguage.get(this).threadingMode();
    }
}
