package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.type.BuiltinType;

/** {@code assert test, msg}: raises {@code AssertionError(msg)} (or with no argument) when the test is false. */
public final class AssertNode extends StatementNode {

    @Child private ExpressionNode test;
    /** Null without a message; evaluated only when the assertion fails. */
    @Child private ExpressionNode message;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    @Child private CallDispatchNode instantiate;
    private final CountingConditionProfile failed = CountingConditionProfile.create();

    public AssertNode(ExpressionNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (failed.profile(!isTrue.execute(test.executeGeneric(frame)))) {
            throw fail(frame);
        }
    }

    private PException fail(VirtualFrame frame) {
        Object[] args = message == null ? new Object[0] : new Object[]{message.executeGeneric(frame)};
        if (instantiate == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            instantiate = insert(CallDispatchNode.create());
        }
        Object error = instantiate.execute(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.ASSERTION_ERROR),
                        args, new Object[0]);
        // CPython's traceback points at the test, not the whole statement.
        return new PException((PBaseException) error, test);
    }
}
