package taipan.language;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.runtime.io.PythonOutput;
import taipan.runtime.module.ModuleTable;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.object.PList;

/** The state of one Python interpreter: one per polyglot context. */
public final class PythonContext {

    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(TaipanLanguage.class);

    private final TaipanLanguage language;
    private final Env env;
    private PythonOutput stdout;
    private PythonOutput stderr;
    private taipan.runtime.io.StandardStreams standardStreams;
    private final taipan.runtime.io.OpenFiles openFiles = new taipan.runtime.io.OpenFiles();
    /** The {@code sys} module, where {@code print} finds {@code sys.stdout} (even if removed from sys.modules). */
    private PythonModule sysModule;
    private PythonModule builtinsModule;
    private PythonModule mainModule;
    /** {@code sys.modules}: every module imported so far, native or source. */
    private ModuleTable modules;
    /** {@code sys.path}, made at context creation (DESIGN §7). */
    private PList sysPath;
    /** Whether the first top-level source (the main script) has claimed {@code __main__} and {@code sys.path[0]}. */
    private boolean mainScriptStarted;
    /**
     * One re-entrant lock for loading modules, as Python 2 had (CPython 3 locks per module): two threads importing
     * the same module must not both run its body. Imports of modules already in {@code sys.modules} never take it.
     */
    private final ReentrantLock importLock = new ReentrantLock();
    private volatile int recursionLimit = 1000;
    /** Weak references by referent and the queue of their callbacks (DESIGN §6). */
    private final taipan.runtime.weakref.WeakRefs weakRefs = new taipan.runtime.weakref.WeakRefs();
    /** Unreachable objects whose {@code __del__} waits for a guest thread (DESIGN §6). */
    private final taipan.runtime.object.Finalizers finalizers = new taipan.runtime.object.Finalizers();
    /** The threads {@code _thread} started, and which one is the main thread. */
    private taipan.runtime.thread.ThreadRegistry threads;
    private final taipan.runtime.posix.FileDescriptors fileDescriptors = new taipan.runtime.posix.FileDescriptors();
    private final taipan.runtime.posix.ChildProcesses childProcesses = new taipan.runtime.posix.ChildProcesses();
    /** {@code socket.setdefaulttimeout}: seconds, or -1 for None (blocking). */
    private volatile double socketDefaultTimeout = -1;
    private final taipan.runtime.codecs.CodecRegistry codecRegistry = new taipan.runtime.codecs.CodecRegistry();

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
        standardStreams = new taipan.runtime.io.StandardStreams(language, fileDescriptors, env.in(), stdout, stderr);
        modules = new ModuleTable(language.threadingMode());
        threads = new taipan.runtime.thread.ThreadRegistry(Thread.currentThread(), isGilEnabled());
        taipan.runtime.thread.SignalHandlers.install(this);
        builtinsModule = new PythonModule(language.getModuleShape(), "builtins", true);
        builtinsModule.setAttribute("__name__", PyStrings.of("builtins"));
        builtinsModule.setAttribute("__doc__", PyStrings.of(BUILTINS_DOC));
        builtinsModule.setAttribute("__package__", PyStrings.of(""));
        builtinsModule.setAttribute("__loader__", PNone.NONE);
        builtinsModule.setAttribute("__spec__", PNone.NONE);
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Map.Entry<String, Object> e : language.getBuiltins().entrySet()) {
            lib.put(builtinsModule, PyStrings.of(e.getKey()), e.getValue());
        }
        builtinsModule.setAttribute("__debug__", getOptimize() == 0); // -O: asserts are removed, __debug__ False
        modules.put("builtins", builtinsModule);
        mainModule = new PythonModule(language.getModuleShape(), "__main__");
        initModuleAttributes(mainModule, "__main__", PNone.NONE);
        modules.put("__main__", mainModule);
        sysPath = new PList(SysPath.entries(this).toArray());
        importNativeModule("sys").setAttribute("flags", SysFlags.create(env.getOptions()));
    }

    /** The optimization level of this context's code (-O: 1, -OO: 2), what {@code compile(optimize=-1)} uses. */
    public int getOptimize() {
        return env.getOptions().get(TaipanOptions.Optimize);
    }

    /** {@code -v}: one line of import tracing on stderr, as CPython's {@code _verbose_message} writes it. */
    @TruffleBoundary
    public void traceImport(String message) {
        if (getVerbose() > 0) {
            stderr.write(message + "\n");
        }
    }

    /** {@code -v}: the verbosity of import tracing on stderr. */
    public int getVerbose() {
        return env.getOptions().get(TaipanOptions.Verbose);
    }

    /** {@code -X utf8}: {@code io.text_encoding(None)} says "utf-8" rather than "locale". */
    public boolean getUtf8Mode() {
        return env.getOptions().get(TaipanOptions.Utf8Mode);
    }

    /** {@code -X warn_default_encoding}: text I/O opened without an encoding issues EncodingWarning. */
    public boolean getWarnDefaultEncoding() {
        return env.getOptions().get(TaipanOptions.WarnDefaultEncoding);
    }

    /** {@code -b}: 1 warns, 2 raises BytesWarning on str(bytes) and bytes/str comparisons. */
    public int getBytesWarning() {
        return env.getOptions().get(TaipanOptions.BytesWarning);
    }

    private static final String BUILTINS_DOC = "Built-in functions, types, exceptions, and other objects.\n\n"
                    + "This module provides direct access to all 'built-in'\n"
                    + "identifiers of Python; for example, builtins.len is\n"
                    + "the full name for the built-in function len().\n\n"
                    + "This module is not normally accessed explicitly by most\n"
                    + "applications, but can be useful in modules that provide\n"
                    + "objects with the same name as a built-in value, but in\n"
                    + "which the built-in value is also needed.";

    /**
     * The attributes every source module starts with ({@code __spec__} and {@code __loader__} are filled in by the
     * import machinery); {@code __doc__} is replaced by the module's docstring when its body runs.
     */
    public void initModuleAttributes(PythonModule module, String name, Object packageName) {
        module.setAttribute("__name__", PyStrings.of(name));
        module.setAttribute("__doc__", PNone.NONE);
        module.setAttribute("__package__", packageName);
        module.setAttribute("__loader__", PNone.NONE);
        module.setAttribute("__spec__", PNone.NONE);
        module.setAttribute("__builtins__", builtinsModule);
    }

    /**
     * The namespace the first top-level source of this context runs in: {@code __main__}. The first such source is
     * the main script; a file's folder then becomes {@code sys.path[0]} and its path {@code __file__}, as CPython
     * sets them for {@code python script.py}. Later sources (an embedder's further evals) run in it unchanged.
     */
    @TruffleBoundary
    public PythonModule startMainScript(String path) {
        synchronized (this) {
            if (!mainScriptStarted) {
                mainScriptStarted = true;
                if (path != null) {
                    mainModule.setAttribute("__file__", PyStrings.of(path));
                    mainModule.setAttribute("__cached__", PNone.NONE);
                    setPathZero(SysPath.parentFolder(this, path));
                }
            }
        }
        return mainModule;
    }

    /** Marks the main script started by {@code -m}, which sets {@code sys.path[0]} itself. */
    public synchronized void startMainModule(String pathZero) {
        mainScriptStarted = true;
        setPathZero(pathZero);
    }

    private void setPathZero(String folder) {
        if (!env.getOptions().get(TaipanOptions.Isolated) && !env.getOptions().get(TaipanOptions.SafePath)) {
            sysPath.getStorage().set(language.threadingMode(), 0, PyStrings.of(folder));
        }
    }

    public ModuleTable getModules() {
        return modules;
    }

    public PList getSysPath() {
        return sysPath;
    }

    public ReentrantLock getImportLock() {
        return importLock;
    }

    /** Whether a native (Java) module called {@code name} exists. */
    public boolean hasNativeModule(String name) {
        return language.getNativeModule(name) != null;
    }

    public taipan.runtime.object.Finalizers getFinalizers() {
        return finalizers;
    }

    public taipan.runtime.weakref.WeakRefs getWeakRefs() {
        return weakRefs;
    }

    public taipan.runtime.thread.ThreadRegistry getThreads() {
        return threads;
    }

    void finalizeContext() {
        weakRefs.stop();
        threads.close();
        threads.joinFinished(2000);
        openFiles.flushAll();
        stdout.flush();
        stderr.flush();
    }

    /** The {@code builtins} module: where a global name not found in a module's namespace is looked up next. */
    public PythonModule getBuiltinsModule() {
        return builtinsModule;
    }

    /**
     * The native module {@code name}: {@code sys.modules[name]} if there, else made and entered there (its first
     * import in this context); null if there is no such native module.
     */
    @TruffleBoundary
    public PythonModule importNativeModule(String name) {
        synchronized (modules) {
            if (modules.get(name) instanceof PythonModule existing && existing.isBuiltin()) {
                return existing;
            }
            Map<String, Object> contents = language.getNativeModule(name);
            if (contents == null) {
                return null;
            }
            PythonModule module = new PythonModule(language.getModuleShape(), name, true);
            module.setAttribute("__name__", PyStrings.of(name));
            module.setAttribute("__doc__", PNone.NONE);
            module.setAttribute("__package__", PyStrings.of(""));
            module.setAttribute("__loader__", PNone.NONE);
            module.setAttribute("__spec__", PNone.NONE);
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Map.Entry<String, Object> e : contents.entrySet()) {
                lib.put(module, PyStrings.of(e.getKey()), e.getValue());
            }
            if (name.equals("sys")) {
                addSysState(module);
            } else {
                traceImport("import '" + name + "' # <class '_frozen_importlib.BuiltinImporter'>");
            }
            modules.put(name, module);
            return module;
        }
    }

    /** The per-context state of {@code sys}: argv and the import system's lists and dicts. */
    private void addSysState(PythonModule sys) {
        sysModule = sys;
        sys.setAttribute("stdin", standardStreams.getStdin());
        sys.setAttribute("stdout", standardStreams.getStdout());
        sys.setAttribute("stderr", standardStreams.getStderr());
        sys.setAttribute("__stdin__", standardStreams.getStdin());
        sys.setAttribute("__stdout__", standardStreams.getStdout());
        sys.setAttribute("__stderr__", standardStreams.getStderr());
        sys.setAttribute("argv", createArgv());
        sys.setAttribute("modules", modules.getDict());
        sys.setAttribute("path", sysPath);
        sys.setAttribute("meta_path", new PList(new Object[0]));
        sys.setAttribute("path_hooks", new PList(new Object[0]));
        sys.setAttribute("path_importer_cache", new PDict());
        sys.setAttribute("builtin_module_names", SysPath.builtinModuleNames(language.getNativeModuleNames()));
        sys.setAttribute("stdlib_module_names", stdlibModuleNames());
        addSysPrefixes(sys);
    }

    private taipan.runtime.object.PFrozenSet stdlibModuleNames() {
        taipan.threading.ThreadingMode mode = language.threadingMode();
        taipan.runtime.set.SetStorage storage = new taipan.runtime.set.SetStorage();
        taipan.runtime.object.BuiltinEquality ops = new taipan.runtime.object.BuiltinEquality(mode);
        for (String name : StdlibModuleNames.NAMES) {
            storage.add(mode, ops, PyStrings.of(name));
        }
        return new taipan.runtime.object.PFrozenSet(storage);
    }

    /** {@code sys.prefix} and its kin (sysconfig needs them): the folder above {@code lib/python3.13}. */
    private void addSysPrefixes(PythonModule sys) {
        Object prefix;
        try {
            TruffleFile home = getStdlibHome().getAbsoluteFile();
            prefix = PyStrings.of(home.getParent().getParent().getPath());
        } catch (java.io.IOException | RuntimeException noStdlib) {
            prefix = PyStrings.of("");
        }
        for (String name : new String[]{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            sys.setAttribute(name, prefix);
        }
        sys.setAttribute("platlibdir", PyStrings.of("lib"));
        sys.setAttribute("executable", PyStrings.of(TaipanLanguage.executable(env)));
        sys.setAttribute("_base_executable", PyStrings.of(TaipanLanguage.executable(env)));
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

    /** The files opened for writing, flushed when the context ends. */
    public taipan.runtime.io.OpenFiles getOpenFiles() {
        return openFiles;
    }

    /** The {@code sys} module of this context. */
    public PythonModule getSysModule() {
        return sysModule;
    }

    public PythonOutput getStderr() {
        return stderr;
    }

    public TaipanLanguage getLanguage() {
        return language;
    }

    /** The posix module's file descriptors above 2 (0–2 are the context's standard streams). */
    public taipan.runtime.codecs.CodecRegistry getCodecRegistry() {
        return codecRegistry;
    }

    public taipan.runtime.posix.ChildProcesses getChildProcesses() {
        return childProcesses;
    }

    public double getSocketDefaultTimeout() {
        return socketDefaultTimeout;
    }

    public void setSocketDefaultTimeout(double seconds) {
        socketDefaultTimeout = seconds;
    }

    public taipan.runtime.posix.FileDescriptors getFileDescriptors() {
        return fileDescriptors;
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
