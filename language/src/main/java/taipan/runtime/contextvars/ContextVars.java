package taipan.runtime.contextvars;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonThreadState;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** The operations of CPython's {@code Python/context.c} on the current thread's context. */
public final class ContextVars {
    /** {@code Token.MISSING}: a token's {@code old_value} when the variable had none. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<Token.MISSING>";
        }
    };

    private ContextVars() {
    }

    private static PythonThreadState state(Node location) {
        return TaipanLanguage.get(location).threadState();
    }

    public static PContext current(Node location) {
        return state(location).getContext();
    }

    /** {@code ContextVar.get([default])}; {@code fallback} null when none was given. */
    @TruffleBoundary
    public static Object get(Node location, PContextVar var, Object fallback) {
        Object value = current(location).get(var);
        if (value != null) {
            return value;
        } else if (fallback != null) {
            return fallback;
        } else if (var.getDefault() != null) {
            return var.getDefault();
        }
        throw PythonErrors.raise(location, BuiltinType.LOOKUP_ERROR, "%s", repr(var));
    }

    @TruffleBoundary
    public static PContextToken set(Node location, PContextVar var, Object value) {
        PContext context = current(location);
        PContextToken token = new PContextToken(context, var, context.get(var));
        context.put(var, value);
        return token;
    }

    @TruffleBoundary
    public static void reset(Node location, PContextVar var, PContextToken token) {
        if (token.isUsed()) {
            throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "%s has already been used once", repr(token));
        } else if (token.getVar() != var) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s was created by a different ContextVar",
                            repr(token));
        } else if (token.getContext() != current(location)) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s was created in a different Context",
                            repr(token));
        }
        token.markUsed();
        token.getContext().put(var, token.getOldValue());
    }

    /** Makes {@code context} current for the duration of {@code body}; a context is entered once at a time. */
    @TruffleBoundary
    public static Object run(Node location, PContext context, java.util.function.Supplier<Object> body) {
        if (context.isEntered()) {
            throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "cannot enter context: %s is already entered",
                            Repr.repr(context));
        }
        PythonThreadState state = state(location);
        context.enter(state.getContext());
        state.setContext(context);
        try {
            return body.get();
        } finally {
            state.setContext(context.exit());
        }
    }

    private static String repr(Object value) {
        return Repr.repr(value);
    }
}
