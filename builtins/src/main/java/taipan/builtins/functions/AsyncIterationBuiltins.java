package taipan.builtins.functions;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PAnextAwaitable;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code aiter()} and {@code anext()} of {@code Python/bltinmodule.c}. */
public final class AsyncIterationBuiltins {

    private AsyncIterationBuiltins() {
    }

    @Builtin(name = "aiter", parameterNames = "async_iterable", minNumOfPositionalArgs = 1)
    abstract static class AiterNode extends PythonUnaryBuiltinNode {
        static final String AITER = "__aiter__";
        static final String ANEXT = "__anext__";

        @Specialization
        Object doAiter(Object iterable, @Cached("create(AITER)") CallSpecialMethodNode callAiter,
                        @Cached GetClassNode getClass, @Cached("create(ANEXT)") LookupInMroNode lookupAnext) {
            Object iterator = callAiter.execute(iterable, new Object[0]);
            if (iterator == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not an async iterable",
                                PythonErrors.typeName(this, iterable));
            }
            if (lookupAnext.execute(getClass.execute(iterator)) == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "aiter() returned not an async iterator of type '%s'",
                                PythonErrors.typeName(this, iterator));
            }
            return iterator;
        }
    }

    @Builtin(name = "anext", parameterNames = {"aiterator", "default"}, minNumOfPositionalArgs = 1)
    abstract static class AnextNode extends PythonBinaryBuiltinNode {
        static final String ANEXT = "__anext__";

        @Specialization
        Object doAnext(Object iterator, Object defaultValue,
                        @Cached("create(ANEXT)") CallSpecialMethodNode callAnext) {
            Object awaitable = callAnext.execute(iterator, new Object[0]);
            if (awaitable == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not an async iterator",
                                PythonErrors.typeName(this, iterator));
            }
            return defaultValue == PNone.NO_VALUE ? awaitable : new PAnextAwaitable(awaitable, defaultValue);
        }
    }
}
