package taipan.runtime.function;

import com.oracle.truffle.api.CallTarget;

/**
 * A function written in Java ({@code builtin_function_or_method}). Created once per language, so call sites may cache
 * it as a constant in any context.
 */
public final class PBuiltinFunction {

    private final Signature signature;
    private final LazyCallTarget callTarget;
    /** {@code __module__}: the native module that defines it, {@code builtins} for the built-in functions. */
    private final String moduleName;
    /** Set while builtins load, before the function is published: see {@link #isNativeSlot()}. */
    private boolean nativeSlot;
    /** See {@link #isMethodOfClass()}; computed once, as the binding paths ask on every call. */
    private final boolean methodOfClass;
    /** See {@link #bindsToInstance()}; computed once, as the binding paths ask on every call. */
    private final boolean bindsToInstance;
    /** The class whose {@code __new__} this is, or null: see {@link #newOf}. */
    private final Object newOwner;

    public PBuiltinFunction(Signature signature, CallTarget callTarget) {
        this(signature, new LazyCallTarget(callTarget), "builtins");
    }

    public PBuiltinFunction(Signature signature, CallTarget callTarget, String moduleName) {
        this(signature, new LazyCallTarget(callTarget), moduleName);
    }

    /** A built-in whose call target is made on its first call (see {@link LazyCallTarget}). */
    public PBuiltinFunction(Signature signature, LazyCallTarget callTarget) {
        this(signature, callTarget, "builtins");
    }

    public PBuiltinFunction(Signature signature, LazyCallTarget callTarget, String moduleName) {
        this(signature, callTarget, moduleName, null);
    }

    private PBuiltinFunction(Signature signature, LazyCallTarget callTarget, String moduleName, Object newOwner) {
        this.signature = signature;
        this.callTarget = callTarget;
        this.moduleName = moduleName;
        this.newOwner = newOwner;
        this.methodOfClass = newOwner == null && signature.isMethod() && !signature.getQualifiedName().equals(signature.getName());
        this.bindsToInstance = newOwner == null && signature.isMethod();
    }

    /**
     * The {@code __new__} of the class {@code owner}. CPython's {@code tp_new_wrapper} is a
     * {@code builtin_function_or_method} bound to its class (its {@code __self__}), no descriptor: {@code int.__new__}
     * and {@code (5).__new__} are one object, called with the class to build first ({@code int.__new__(MyInt, 5)}),
     * which is how this function is called already.
     */
    public static PBuiltinFunction newOf(Object owner, Signature signature, LazyCallTarget callTarget) {
        return new PBuiltinFunction(signature, callTarget, "builtins", owner);
    }

    /** The class this is the {@code __new__} of, or null. */
    public Object getNewOwner() {
        return newOwner;
    }

    public String getModuleName() {
        return moduleName;
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
        return callTarget.get();
    }

    /** The call target, made or not yet, for another function object of the same built-in. */
    public LazyCallTarget getLazyCallTarget() {
        return callTarget;
    }

    /** {@code __qualname__}: {@code list.append} for a method of a built-in class, else the name. */
    public String getQualifiedName() {
        return signature.getQualifiedName();
    }

    /** A special method of a built-in class that CPython makes a slot wrapper ({@code int.__add__}, {@link SlotDefs}). */
    public boolean isSlotWrapper() {
        return signature.isSlotWrapper();
    }

    /** A method of a built-in class, looked up on the class ({@code str.join}: CPython's method descriptor). */
    public boolean isMethodOfClass() {
        return methodOfClass;
    }

    /**
     * Whether reading it through an instance binds it, as a method descriptor does: the methods of built-in classes
     * and their slot wrappers do, a module's function stored on a class ({@code C.f = len}) does not.
     */
    public boolean bindsToInstance() {
        return bindsToInstance;
    }

    @Override
    public String toString() {
        if (isMethodOfClass()) {
            String qualname = getQualifiedName();
            return (isSlotWrapper() ? "<slot wrapper '" : "<method '") + getName() + "' of '" + qualname.substring(0, qualname.length() - getName().length() - 1)
                            + "' objects>";
        }
        if (newOwner != null) {
            return "<built-in method __new__ of type object at 0x" + Integer.toHexString(System.identityHashCode(newOwner)) + ">";
        }
        return "<built-in function " + getName() + ">";
    }
}
