package taipan.nodes.statement;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonSourceNode;
import taipan.nodes.call.CallDispatchNode;

/**
 * A call of a context manager's {@code __enter__}/{@code __exit__} (or the async pair) placed at the manager
 * expression, as CPython 3.13 locates these calls: a traceback through one marks {@code Guard()} in
 * {@code with Guard():}, not the whole statement.
 */
public final class ManagerCallNode extends PythonSourceNode {

    private static final Object[] NO_KEYWORDS = new Object[0];

    @Child private CallDispatchNode call = CallDispatchNode.create();

    /** Placed at {@code manager}; without a place of its own, calls are reported at the enclosing statement. */
    public ManagerCallNode(ExpressionNode manager) {
        manager.copySourceTo(this);
    }

    public Object execute(Object callee, Object[] positional) {
        return call.execute(callee, positional, NO_KEYWORDS);
    }
}
