package taipan.runtime.function;

import com.oracle.truffle.api.CallTarget;

/**
 * The compiled body of a Python function (CPython's code object): language-level, so a call site may cache it
 * across contexts, while the {@link PFunction} objects that share it are per context.
 */
public final class PCode {

    private final Signature signature;
    private final CallTarget callTarget;
    private final CodeInfo info;
    /** Made by {@code compile()}: runs with (globals module, locals mapping or null) as {@code exec} does. */
    private final boolean topLevel;

    public PCode(Signature signature, CallTarget callTarget) {
        this(signature, callTarget, null);
    }

    public PCode(Signature signature, CallTarget callTarget, CodeInfo info) {
        this(signature, callTarget, info, false);
    }

    private PCode(Signature signature, CallTarget callTarget, CodeInfo info, boolean topLevel) {
        this.signature = signature;
        this.callTarget = callTarget;
        this.info = info;
        this.topLevel = topLevel;
    }

    /** A code object of module-level code ({@code compile()}): its call target takes the globals and locals. */
    public static PCode ofTopLevel(CallTarget callTarget, String filename) {
        CodeInfo info = new CodeInfo("<module>", "<module>", filename, 1, new String[0], new String[0],
                        new String[0], 0, 0, 0, 0, null);
        Signature signature = Signature.forFunction("<module>", new String[0], 0, false, new String[0], false);
        return new PCode(signature, callTarget, info, true);
    }

    /** The code object a frame object shows when only its root is known (a traceback's frame): name and file. */
    public static PCode ofFrame(CallTarget callTarget, String name, String filename, int firstLine) {
        CodeInfo info = new CodeInfo(name, name, filename, firstLine, new String[0], new String[0],
                        new String[0], 0, 0, 0, 0, null);
        return new PCode(Signature.forFunction(name, new String[0], 0, false, new String[0], false), callTarget, info);
    }

    /** {@code code.replace(...)} of what a code object tells about itself: the same body under new attributes. */
    public PCode withInfo(CodeInfo newInfo) {
        return new PCode(signature, callTarget, newInfo, topLevel);
    }

    /** Whether this is module-level code from {@code compile()} rather than a function's body. */
    public boolean isTopLevel() {
        return topLevel;
    }

    public String getName() {
        return info != null ? info.name() : signature.getName();
    }

    public Signature getSignature() {
        return signature;
    }

    /** Called with the function object first, then the bound arguments (see {@link Signature}). */
    public CallTarget getCallTarget() {
        return callTarget;
    }

    /** The code object's attributes; null for code made before they were recorded. */
    public CodeInfo getInfo() {
        return info;
    }

    @Override
    public String toString() {
        String file = info == null ? "?" : info.filename();
        int line = info == null ? 0 : info.firstLineNumber();
        return "<code object " + getName() + " at 0x" + Integer.toHexString(System.identityHashCode(this)) +
                        ", file \"" + file + "\", line " + line + ">";
    }
}
