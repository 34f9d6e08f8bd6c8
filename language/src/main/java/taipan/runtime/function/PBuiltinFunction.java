package taipan.runtime.function;

import com.oracle.truffle.api.CallTarget;

/**
 * A function written in Java ({@code builtin_function_or_method}). Created once per language, so call sites may cache
 * it as a constant in any context.
 */
public final class PBuiltinFunction {

    private final Signature signature;
    private final CallTarget callTarget;
    /** Set while builtins load, before the function is published: see {@link #isNativeSlot()}. */
    private boolean nativeSlot;

    public PBuiltinFunction(Signature signature, CallTarget callTarget) {
        this.signature = signature;
        this.callTarget = callTarget;
    }

    /**
     * Whether this is a special method of a native module's class whose instances are {@code PythonObject}s
     * ({@code deque.__repr__}): generic operations call it as they call a user class's dunder, while the dunders
     * of the core built-in types stay reached by the nodes' own specialisations.
     */
    public boolean isNativeSlot() {
        return nativeSlot;
    }

    public void markNativeSlot() {
        this.nativeSlot = true;
    }

    public String getName() {
        return signature.getName();
    }

    public Signature getSignature() {
        return signature;
    }

    /** Called with the bound arguments (see {@link Signature}) as its frame arguments. */
    public CallTarget getCallTarget() {
        return callTarget;
    }

    @Override
    public String toString() {
        return "<built-in function " + getName() + ">";
    }
}
