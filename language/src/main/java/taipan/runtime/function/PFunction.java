package taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;

/**
 * A function defined in Python: its code, the module its global names live in, its defaults, the cells of its
 * closure, and the attributes Python code may rebind ({@code __name__}, {@code __defaults__}, {@code __dict__}, ...).
 */
public final class PFunction {

    private static final PCell[] NO_CELLS = new PCell[0];

    /** Rebound through {@code __code__}; call sites guard on the code object, so a swap takes their slow path. */
    private PCode code;
    private final PythonModule globals;
    /** Mutable through {@code __defaults__}: the values of the last {@code defaults.length} positional parameters. */
    private Object[] defaults;
    /** Aligned with the keyword-only parameters; null where one has no default ({@code __kwdefaults__}). */
    private Object[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final PCell[] closure;
    private String name;
    private String qualname;
    /** {@code __module__}; null until rebound: the name of the module of {@link #getGlobals()}. */
    private Object module;
    private Object doc = PNone.NONE;
    /** {@code __annotations__}, {@code __dict__}: dicts made by the nodes that need them, or null. */
    private Object annotations;
    private Object dict;
    /** {@code __type_params__}: a tuple, or null for the empty one (a function with no PEP 695 parameters). */
    private Object typeParams;

    /** @param defaults the values of the last {@code defaults.length} positional parameters */
    public PFunction(PCode code, PythonModule globals, Object[] defaults) {
        this(code, globals, defaults, null, NO_CELLS);
    }

    public PFunction(PCode code, PythonModule globals, Object[] defaults, Object[] kwDefaults, PCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        CodeInfo info = code.getInfo();
        this.name = code.getName();
        this.qualname = info != null ? info.qualname() : name;
    }

    public Object getTypeParams() {
        return typeParams;
    }

    public void setTypeParams(Object typeParams) {
        this.typeParams = typeParams;
    }

    public PCode getCode() {
        return code;
    }

    public void setCode(PCode code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PythonModule getGlobals() {
        return globals;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    /** Null when no keyword-only parameter has a default. */
    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(Object[] kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }

    /** The {@code __dict__} (a {@code PDict}), or null before anything was stored in it. */
    public Object getDict() {
        return dict;
    }

    public void setDict(Object dict) {
        this.dict = dict;
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
