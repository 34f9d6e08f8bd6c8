package taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

import taipan.runtime.module.PythonModule;

/** A function defined in Python: its code, the module its global names live in, and its default values. */
public final class PFunction {

    private final PCode code;
    private final PythonModule globals;
    @CompilationFinal(dimensions = 1) private final Object[] defaults;

    /** @param defaults the values of the last {@code defaults.length} positional parameters */
    public PFunction(PCode code, PythonModule globals, Object[] defaults) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
    }

    public PCode getCode() {
        return code;
    }

    public String getName() {
        return code.getName();
    }

    public PythonModule getGlobals() {
        return globals;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    @Override
    public String toString() {
        return "<function " + getName() + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
