package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.expression.BinaryOpNode;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/**
 * A special method of a built-in class that has no Java method of its own ({@code str.__lt__}, {@code list.__add__}):
 * CPython's slot wrapper. It runs the operator on the receiver's built-in value, and answers
 * {@code NotImplemented} to operands of other kinds, as a slot does, so the operator protocol tries the reflection.
 */
public final class SlotWrapperRootNode extends RootNode {

    /** Set while a wrapper runs an operator on plain values: a nested wrapper call there declines, not recurses. */
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final String name;
    private final boolean reflected;
    @Child private BinaryOpNode binary;
    @Child private Node unary;

    SlotWrapperRootNode(TaipanLanguage language, String name, BinaryOpNode binary, boolean reflected, Node unary) {
        super(language);
        this.name = name;
        this.binary = binary;
        this.reflected = reflected;
        this.unary = unary;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object self = PBuiltinSubclassObject.unwrap(args[0]);
        if (binary == null) {
            return SlotWrappers.unary(unary, self, args.length > 1 ? args[1] : null);
        }
        Object other = args[1];
        if (other instanceof PythonObject && !(other instanceof PBuiltinSubclassObject) || !enter()) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        try {
            other = PBuiltinSubclassObject.unwrap(other);
            if (binary instanceof taipan.nodes.expression.PyObjectRichCompareNode && !comparable(self, other)) {
                return PNotImplemented.NOT_IMPLEMENTED; // int.__eq__(1.0): each type's slot compares its own kind
            }
            return reflected ? binary.execute(other, self) : binary.execute(self, other);
        } catch (PException e) {
            if (ObjectProtocols.is(this, e, BuiltinType.TYPE_ERROR)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            throw e;
        } finally {
            exit();
        }
    }

    /** Whether the rich comparison slot of {@code self}'s type handles {@code other} (else NotImplemented). */
    private static boolean comparable(Object self, Object other) {
        if (isInt(self)) {
            return isInt(other);
        } else if (self instanceof Double) {
            return isInt(other) || other instanceof Double;
        } else if (self instanceof taipan.runtime.math.Complex) {
            return isInt(other) || other instanceof Double || other instanceof taipan.runtime.math.Complex;
        } else if (self instanceof com.oracle.truffle.api.strings.TruffleString) {
            return other instanceof com.oracle.truffle.api.strings.TruffleString;
        } else if (self instanceof taipan.runtime.bytes.PBytesLike) {
            return other instanceof taipan.runtime.bytes.PBytesLike;
        } else if (self instanceof taipan.runtime.object.PTuple) {
            return other instanceof taipan.runtime.object.PTuple;
        } else if (self instanceof taipan.runtime.object.PList) {
            return other instanceof taipan.runtime.object.PList;
        } else if (self instanceof taipan.runtime.object.PBaseSet) {
            return other instanceof taipan.runtime.object.PBaseSet;
        }
        return true;
    }

    private static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger;
    }

    @TruffleBoundary
    private static boolean enter() {
        if (ACTIVE.get()) {
            return false;
        }
        ACTIVE.set(Boolean.TRUE);
        return true;
    }

    @TruffleBoundary
    private static void exit() {
        ACTIVE.set(Boolean.FALSE);
    }

    static TruffleString format(PyObjectFormatNode node, Object self, Object spec) {
        return node.execute(self, (TruffleString) spec);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
