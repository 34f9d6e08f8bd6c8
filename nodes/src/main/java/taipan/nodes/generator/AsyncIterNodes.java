package taipan.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.ExpressionNode;
import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** The two calls of {@code async for}: CPython's {@code GET_AITER} and {@code GET_ANEXT}, with their messages. */
public final class AsyncIterNodes {

    private AsyncIterNodes() {
    }

    /** {@code type(x).__aiter__(x)}, which must give an object with {@code __anext__}. */
    public static final class GetAIterNode extends Node {

        @Child private CallSpecialMethodNode callAiter = CallSpecialMethodNode.create("__aiter__");
        @Child private GetClassNode getClass = GetClassNode.create();
        @Child private LookupInMroNode lookupAnext = LookupInMroNode.create("__anext__");

        public static GetAIterNode create() {
            return new GetAIterNode();
        }

        public Object execute(Object iterable) {
            Object iterator = callAiter.execute(iterable, new Object[0]);
            if (iterator == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'async for' requires an object with __aiter__ method, got %s",
                                PythonErrors.typeName(this, iterable));
            }
            if (lookupAnext.execute(getClass.execute(iterator)) == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                                PythonErrors.typeName(this, iterator));
            }
            return iterator;
        }
    }

    /** {@code type(it).__anext__(it)} for the iterator in a slot: the awaitable the loop header awaits. */
    public static final class CallAnextNode extends ExpressionNode {

        @Child private CallSpecialMethodNode callAnext = CallSpecialMethodNode.create("__anext__");
        private final int iteratorSlot;

        public CallAnextNode(int iteratorSlot) {
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object iterator = frame.getObject(iteratorSlot);
            Object awaitable = callAnext.execute(iterator, new Object[0]);
            if (awaitable == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "'async for' requires an iterator with __anext__ method, got %s",
                                PythonErrors.typeName(this, iterator));
            }
            return awaitable;
        }
    }
}
