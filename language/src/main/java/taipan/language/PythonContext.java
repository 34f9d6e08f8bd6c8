package taipan.language;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.runtime.io.PythonOutput;
import taipan.runtime.module.PythonModule;
import taipan.runtime.str.PyStrings;
import taipan.runtime.object.PList;

/** The state of one Python interpreter: one per polyglot context. */
public final class PythonContext {

    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(TaipanLanguage.class);

    private final TaipanLanguage language;
    private final Env env;
    private PythonOutput stdout;
    private PythonOutput stderr;
    private PythonModule builtinsModule;
    private PythonModule mainModule;
    /** Native modules imported so far (the native part of {@code sys.modules}); guarded by itself. */
    private final Map<String, PythonModule> importedModules = new HashMap<>();
    private volatile int recursionLimit = 1000;

    PythonContext(TaipanLanguage language, Env env) {
        this.language = language;
        this.env = env;
    }

    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        boolean unbuffered = env.getOptions().get(TaipanOptions.Unbuffered);
        stdout = new PythonOutput(env.out(), unbuffered);
        stderr = new PythonOutput(env.err(), true);
        builtinsModule = new PythonModule(language.getModuleShape(), "builtins");
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Map.Entry<String, Object> e : language.getBuiltins().entrySet()) {
            lib.put(builtinsModule, PyStrings.of(e.getKey()), e.getValue());
        }
        mainModule = new PythonModule(language.getModuleShape(), "__main__");
        lib.put(mainModule, PyStrings.of("__name__"), PyStrings.of("__main__"));
    }

    void finalizeContext() {
        stdout.flush();
        stderr.flush();
    }

    /** The {@code builtins} module: where a global name not found in a module's namespace is looked up next. */
    public PythonModule getBuiltinsModule() {
        return builtinsModule;
    }

    /** The native module {@code name}, created on its first import in this context; null if there is none. */
    @TruffleBoundary
    public PythonModule importNativeModule(String name) {
        synchronized (importedModules) {
            PythonModule module = importedModules.get(name);
            if (module == null) {
                Map<String, Object> contents = language.getNativeModule(name);
                if (contents == null) {
                    return null;
                }
                module = new PythonModule(language.getModuleShape(), name);
                DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
                lib.put(module, PyStrings.of("__name__"), PyStrings.of(name));
                for (Map.Entry<String, Object> e : contents.entrySet()) {
                    lib.put(module, PyStrings.of(e.getKey()), e.getValue());
                }
                if (name.equals("sys")) {
                    lib.put(module, PyStrings.of("argv"), createArgv());
                }
                importedModules.put(name, module);
            }
            return module;
        }
    }

    /**
     * {@code sys.argv}, per context: the embedder's application arguments, which the launcher gives as CPython's
     * argv (the script path as given, or {@code -c}, then the program's arguments); {@code ['']} when there are none.
     */
    private PList createArgv() {
        String[] arguments = env.getApplicationArguments();
        Object[] items = new Object[Math.max(1, arguments.length)];
        items[0] = PyStrings.of("");
        for (int i = 0; i < arguments.length; i++) {
            items[i] = PyStrings.of(arguments[i]);
        }
        return new PList(items);
    }

    /** {@code sys.getrecursionlimit()}; not enforced yet (Java's stack depth limits recursion). */
    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    /** The {@code __main__} module: the namespace the embedder's and the launcher's sources run in. */
    public PythonModule getMainModule() {
        return mainModule;
    }

    public PythonOutput getStdout() {
        return stdout;
    }

    public PythonOutput getStderr() {
        return stderr;
    }

    public TaipanLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public boolean isGilEnabled() {
        return env.getOptions().get(TaipanOptions.GIL);
    }

    /** The folder holding CPython's pure-Python standard library ({@code lib/python3.13}), unpacked on first use. */
    public TruffleFile getStdlibHome() throws java.io.IOException {
        return env.getInternalResource(StdlibResource.class).resolve(StdlibResource.LIB_DIR);
    }
}
