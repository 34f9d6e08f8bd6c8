package taipan.nodes.str;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.strings.TruffleStringBuilder;

import taipan.nodes.ExpressionNode;
import taipan.runtime.str.PyStrings;

/** An f-string: its literal parts and formatted fields, concatenated. Every part evaluates to a str. */
public final class JoinedStrNode extends ExpressionNode {

    @Children private final ExpressionNode[] parts;
    @Child private TruffleStringBuilder.AppendStringNode append = TruffleStringBuilder.AppendStringNode.create();
    @Child private TruffleStringBuilder.ToStringNode toString = TruffleStringBuilder.ToStringNode.create();

    public JoinedStrNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        TruffleStringBuilder sb = TruffleStringBuilder.create(PyStrings.ENCODING);
        for (ExpressionNode part : parts) {
            append.execute(sb, (TruffleString) part.executeGeneric(frame));
        }
        return toString.execute(sb);
    }
}
