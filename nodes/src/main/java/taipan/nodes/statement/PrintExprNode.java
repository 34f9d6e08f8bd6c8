package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.PythonContext;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * An expression statement of {@code single} mode ({@code compile(..., "single")}, CPython's
 * {@code PRINT_EXPR}): the value goes to {@code sys.displayhook}, looked up on each call (doctest replaces it),
 * whose default prints a value other than None as its repr and keeps it as {@code builtins._}.
 */
public final class PrintExprNode extends StatementNode {

    @Child private ExpressionNode value;

    public PrintExprNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        display(value.executeGeneric(frame));
    }

    @TruffleBoundary
    private void display(Object result) {
        Object hook = PythonContext.get(this).getSysModule().getAttribute("displayhook");
        if (hook == null) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "lost sys.displayhook");
        }
        SlowCall.call(this, hook, new Object[]{result});
    }
}
