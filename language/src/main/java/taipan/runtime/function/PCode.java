package taipan.runtime.function;

import com.oracle.truffle.api.CallTarget;

/**
 * The compiled body of a Python function (CPython's code object): language-level, so a call site may cache it
 * across contexts, while the {@link PFunction} objects that share it are per context.
 */
public final class PCode {

    private final Signature signature;
    private final CallTarget callTarget;

    public PCode(Signature signature, CallTarget callTarget) {
        this.signature = signature;
        this.callTarget = callTarget;
    }

    public String getName() {
        return signature.getName();
    }

    public Signature getSignature() {
        return signature;
    }

    /** Called with the function object first, then the bound arguments (see {@link Signature}). */
    public CallTarget getCallTarget() {
        return callTarget;
    }
}
