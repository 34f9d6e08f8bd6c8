package taipan.nodes.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.nodes.object.PyObjectReprNode;
import taipan.runtime.format.AsciiEscape;
import taipan.runtime.str.PyStrings;

/** One {@code {value!conversion:spec}} field of an f-string. */
public final class FormattedValueNode extends ExpressionNode {

    private static final TruffleString EMPTY = PyStrings.of("");

    @Child private ExpressionNode value;
    /** The spec, itself an f-string; null when the field has none. */
    @Child private ExpressionNode spec;
    @Child private PyObjectReprNode repr;
    @Child private taipan.nodes.object.PyObjectStrNode str;
    @Child private PyObjectFormatNode format = PyObjectFormatNode.create();
    private final int conversion;

    /** @param conversion -1, or the code point of 's', 'r' or 'a' */
    public FormattedValueNode(ExpressionNode value, int conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
        this.repr = conversion == 'r' || conversion == 'a' ? PyObjectReprNode.create() : null;
        this.str = conversion == 's' ? taipan.nodes.object.PyObjectStrNode.create() : null;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (conversion == 'r') {
            v = repr.execute(v);
        } else if (conversion == 'a') {
            v = ascii(repr.execute(v));
        } else if (conversion == 's') {
            v = str.execute(v);
        }
        TruffleString s = spec == null ? EMPTY : (TruffleString) spec.executeGeneric(frame);
        return format.execute(v, s);
    }

    @TruffleBoundary
    private static TruffleString ascii(TruffleString repr) {
        return PyStrings.of(AsciiEscape.escapeNonAscii(repr.toJavaStringUncached()));
    }
}
