package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.object.PyObjectReprNode;
import taipan.runtime.object.PNone;

/**
 * An expression statement of {@code single} mode ({@code compile(..., "single")}, CPython's
 * {@code PRINT_EXPR}): a value other than None is printed as its repr and kept as {@code builtins._}.
 */
public final class PrintExprNode extends StatementNode {

    @Child private ExpressionNode value;
    @Child private PyObjectReprNode repr = PyObjectReprNode.create();

    public PrintExprNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = value.executeGeneric(frame);
        if (result != PNone.NONE) {
            display(result, repr.execute(result));
        }
    }

    @TruffleBoundary
    private void display(Object result, TruffleString text) {
        PythonContext context = PythonContext.get(this);
        context.getBuiltinsModule().setAttribute("_", result);
        context.getStdout().write(text.toJavaStringUncached() + "\n");
    }
}
