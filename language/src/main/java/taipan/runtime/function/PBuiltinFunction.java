package taipan.runtime.function;

import com.oracle.truffle.api.CallTarget;

/**
 * A function written in Java ({@code builtin_function_or_method}). Created once per language, so call sites may cache
 * it as a constant in any context.
 */
public final class PBuiltinFunction {

    private final Signature signature;
    private final CallTarget callTarget;

    public PBuiltinFunction(Signature signature, CallTarget callTarget) {
        this.signature = signature;
        this.callTarget = callTarget;
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
