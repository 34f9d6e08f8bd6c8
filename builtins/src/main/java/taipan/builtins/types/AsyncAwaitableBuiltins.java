package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.AsyncGenAwaitableNode;
import taipan.nodes.generator.DelegateNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.generator.GetAwaitableNode;
import taipan.runtime.exception.PException;
import taipan.runtime.generator.AwaitableState;
import taipan.runtime.generator.PAnextAwaitable;
import taipan.runtime.generator.PAsyncGenASend;
import taipan.runtime.generator.PAsyncGenAThrow;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The awaitables of async iteration: {@code async_generator_asend}, {@code async_generator_athrow} and
 * {@code anext_awaitable} are their own {@code __await__} iterators, with send, throw and close.
 */
@CoreFunctions(extendClasses = {BuiltinType.ASYNC_GENERATOR_ASEND, BuiltinType.ASYNC_GENERATOR_ATHROW,
                BuiltinType.ANEXT_AWAITABLE})
public final class AsyncAwaitableBuiltins {

    private AsyncAwaitableBuiltins() {
    }

    /** One step of any of the three: send {@code value} or throw {@code thrown} (non-null) into it. */
    static Object step(Node node, Object self, Object value, PException thrown, AsyncGenAwaitableNode gen,
                    GetAwaitableNode getAwaitable, DelegateNode delegate) {
        if (self instanceof PAsyncGenASend o) {
            return gen.asend(o, value, thrown);
        } else if (self instanceof PAsyncGenAThrow o) {
            return gen.athrow(o, value, thrown);
        }
        PAnextAwaitable o = (PAnextAwaitable) self;
        if (o.getAwaiting() == null) {
            o.setAwaiting(getAwaitable.execute(o.getIterator()));
        }
        Object result;
        try {
            result = delegate.execute(o.getAwaiting(), value, thrown);
        } catch (PException e) {
            if (GeneratorErrors.isInstance(node, e, BuiltinType.STOP_ASYNC_ITERATION)) {
                throw GeneratorErrors.stopIteration(node, o.getDefault());
            }
            throw e;
        }
        if (result instanceof DelegateNode.Returned returned) {
            throw GeneratorErrors.stopIteration(node, returned.value());
        }
        return result;
    }

    @Builtin(name = "send", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSend(Object self, Object value, @Cached AsyncGenAwaitableNode gen,
                        @Cached("createAwait()") GetAwaitableNode getAwaitable, @Cached DelegateNode delegate) {
            return step(this, self, value, null, gen, getAwaitable, delegate);
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(Object self, @Cached AsyncGenAwaitableNode gen,
                        @Cached("createAwait()") GetAwaitableNode getAwaitable, @Cached DelegateNode delegate) {
            return step(this, self, PNone.NONE, null, gen, getAwaitable, delegate);
        }
    }

    @Builtin(name = "throw", parameterNames = {"self", "typ", "val", "tb"}, minNumOfPositionalArgs = 2)
    abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(Object self, Object type, Object value, @SuppressWarnings("unused") Object tb,
                        @Cached AsyncGenAwaitableNode gen, @Cached("createAwait()") GetAwaitableNode getAwaitable,
                        @Cached DelegateNode delegate) {
            return step(this, self, PNone.NONE, GeneratorBuiltins.exception(this, type, value), gen, getAwaitable,
                            delegate);
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doClose(Object self) {
            if (self instanceof PAsyncGenASend o) {
                o.setState(AwaitableState.CLOSED);
            } else if (self instanceof PAsyncGenAThrow o) {
                o.setState(AwaitableState.CLOSED);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__await__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AwaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doAwait(Object self) {
            return self;
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self) {
            return self;
        }
    }
}
