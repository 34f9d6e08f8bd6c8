package taipan.nodes.generator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.attribute.LookupInMroNode;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PCoroutine;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * The iterator an {@code await} drives: CPython's {@code _PyCoro_GetAwaitableIter} with {@code GET_AWAITABLE}'s
 * checks. A coroutine (or a {@code types.coroutine} generator) is its own; anything else must have an
 * {@code __await__} that returns an iterator which is not a coroutine.
 */
public abstract class GetAwaitableNode extends Node {

    static final String AWAIT = "__await__";
    static final String NEXT = "__next__";

    /** Where the awaitable came from, for the error message: an {@code await}, {@code __aenter__}, {@code __aexit__}. */
    public enum Origin {
        AWAIT,
        AENTER,
        AEXIT,
        ANEXT
    }

    protected final Origin origin;

    GetAwaitableNode(Origin origin) {
        this.origin = origin;
    }

    public abstract Object execute(Object value);

    public static GetAwaitableNode createAwait() {
        return GetAwaitableNodeGen.create(Origin.AWAIT);
    }

    public static GetAwaitableNode create(Origin origin) {
        return GetAwaitableNodeGen.create(origin);
    }

    @Specialization
    Object doCoroutine(PCoroutine coroutine) {
        if (coroutine.getDelegate() != PNone.NONE && !coroutine.isFinished()) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "coroutine is being awaited already");
        }
        return coroutine;
    }

    @Specialization(guards = "!isCoroutine(value)")
    Object doOther(Object value,
                    @Cached("create(AWAIT)") CallSpecialMethodNode callAwait,
                    @Cached GetClassNode getClass,
                    @Cached("create(NEXT)") LookupInMroNode lookupNext) {
        if (value instanceof PGenerator g && g.isIterableCoroutine()) {
            return g;
        }
        Object iterator = value instanceof PGenerator ? null : callAwait.execute(value, new Object[0]);
        if (iterator == null) {
            throw notAwaitable(value);
        }
        if (isCoroutine(iterator) || iterator instanceof PGenerator g && g.isIterableCoroutine()) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__await__() returned a coroutine");
        }
        if (lookupNext.execute(getClass.execute(iterator)) == null) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__await__() returned non-iterator of type '%s'",
                            PythonErrors.typeName(this, iterator));
        }
        return iterator;
    }

    private RuntimeException notAwaitable(Object value) {
        String type = PythonErrors.typeName(this, value);
        return switch (origin) {
            case AENTER -> PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "'async with' received an object from __aenter__ that does not implement __await__: %s",
                            type);
            case AEXIT -> PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "'async with' received an object from __aexit__ that does not implement __await__: %s",
                            type);
            case ANEXT -> PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "'async for' received an invalid object from __anext__: %s", type);
            case AWAIT -> PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "object %s can't be used in 'await' expression", type);
        };
    }

    static boolean isCoroutine(Object value) {
        return value instanceof PCoroutine;
    }
}
