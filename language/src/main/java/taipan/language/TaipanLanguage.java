package taipan.language;

import java.util.Map;
import java.util.ServiceLoader;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.Source;

import org.graalvm.options.OptionDescriptors;

import taipan.language.spi.BuiltinsProvider;
import taipan.language.spi.FrontEnd;
import taipan.runtime.module.PythonModule;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.threading.ThreadingMode;

/**
 * The Python language as Truffle sees it. The context policy is {@code SHARED}, so one engine can run many contexts
 * on the same compiled code: nodes may cache language-level values (built-in types are immutable and live here),
 * but context-level values only behind {@link #isSingleContext()}.
 */
@TruffleLanguage.Registration(id = TaipanLanguage.ID, name = "Python", implementationName = "Taipan", version = "3.13",
                defaultMimeType = TaipanLanguage.MIME_TYPE, characterMimeTypes = {TaipanLanguage.MIME_TYPE, TaipanLanguage.RUN_MODULE_MIME_TYPE},
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, fileTypeDetectors = PythonFileDetector.class,
                internalResources = StdlibResource.class, website = "https://www.python.org/")
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class,
                StandardTags.CallTag.class, StandardTags.ExpressionTag.class, StandardTags.ReadVariableTag.class,
                StandardTags.WriteVariableTag.class})
public final class TaipanLanguage extends TruffleLanguage<PythonContext> {

    public static final String ID = "python";
    public static final String MIME_TYPE = "text/x-python";
    /** A source of this type holds a module name to run as {@code __main__} ({@code taipan -m name}). */
    public static final String RUN_MODULE_MIME_TYPE = "application/x-python-run-module";

    private static final LanguageReference<TaipanLanguage> LANGUAGE = LanguageReference.create(TaipanLanguage.class);

    {
        StartupTrace.mark("language: create");
    }

    private final FrontEnd frontEnd = loadService(FrontEnd.class, "front end (module taipan.nodes)");
    private final PythonClass[] builtinClasses = createBuiltinClasses();
    private final Shape moduleShape = PythonModule.createRootShape();
    /** Valid while this language serves one context: nodes may then cache per-context objects (user classes). */
    private final Assumption singleContext = Truffle.getRuntime().createAssumption("single context");
    /** Single-threaded until a second thread first enters any context: containers lock only after that (DESIGN §6). */
    private final ThreadingMode threadingMode = new ThreadingMode();
    /** Per-thread interpreter state (the call depth that RecursionError bounds). */
    private final ContextThreadLocal<PythonThreadState> threadState = locals.createContextThreadLocal(
                    (context, thread) -> new PythonThreadState());
    /** The builtins namespace's values, made once on first context creation (after the front end is loaded). */
    private volatile Map<String, Object> builtins;
    /** Native modules' contents; written before {@link #builtins} is published, read after it. */
    private Map<String, Map<String, Object>> nativeModules;
    /** What made {@link #builtins}; completes a native module's deferred contents on its first read. */
    private BuiltinsProvider builtinsProvider;

    public static TaipanLanguage get(Node node) {
        return LANGUAGE.get(node);
    }

    private static <S> S loadService(Class<S> service, String what) {
        ModuleLayer layer = TaipanLanguage.class.getModule().getLayer();
        return (layer != null ? ServiceLoader.load(layer, service).findFirst() : java.util.Optional.<S> empty())
                        .or(() -> ServiceLoader.load(service, TaipanLanguage.class.getClassLoader()).findFirst())
                        .orElseThrow(() -> new IllegalStateException("Taipan's " + what + " is missing"));
    }

    private static PythonClass[] createBuiltinClasses() {
        BuiltinType[] types = BuiltinType.values();
        PythonClass[] classes = new PythonClass[types.length];
        for (BuiltinType t : types) {
            PythonClass base = t.getBase() == null ? null : classes[t.getBase().ordinal()];
            // two built-in classes have two bases: ExceptionGroup (BaseExceptionGroup, Exception), UnsupportedOperation (OSError, ValueError)
            PythonClass second = t == BuiltinType.EXCEPTION_GROUP ? classes[BuiltinType.EXCEPTION.ordinal()]
                            : t == BuiltinType.UNSUPPORTED_OPERATION ? classes[BuiltinType.VALUE_ERROR.ordinal()] : null;
            classes[t.ordinal()] = new PythonClass(t, base, second);
        }
        for (PythonClass c : classes) {
            c.setBuiltinMetaclass(classes[BuiltinType.TYPE.ordinal()]);
        }
        return classes;
    }

    /** The class of a built-in type: a language-level constant that compiled code may embed. */
    public PythonClass getBuiltinClass(BuiltinType type) {
        return builtinClasses[type.ordinal()];
    }

    /** The root shape of module objects. */
    public Shape getModuleShape() {
        return moduleShape;
    }

    /** The builtins namespace's values (functions and classes), shared by every context of this language. */
    Map<String, Object> getBuiltins() {
        Map<String, Object> result = builtins;
        if (result == null) {
            synchronized (this) {
                result = builtins;
                if (result == null) {
                    StartupTrace.mark("builtins: start");
                    BuiltinsProvider provider = loadService(BuiltinsProvider.class, "builtins (module taipan.builtins)");
                    result = provider.createBuiltins(this);
                    StartupTrace.mark("builtins: made");
                    nativeModules = provider.getNativeModules();
                    builtinsProvider = provider;
                    builtins = result;
                }
            }
        }
        return result;
    }

    /** The built-in function or class {@code name} (as in the builtins namespace), for runtime slow paths. */
    public Object builtinValue(String name) {
        return getBuiltins().get(name);
    }

    /** The contents of the native module {@code name} (functions and constants), or null if there is none. */
    Map<String, Object> getNativeModule(String name) {
        getBuiltins();
        builtinsProvider.completeNativeModule(name);
        return nativeModules.get(name);
    }

    /** Completes native module {@code name}'s contents if part of them waits for its first use (see BuiltinsProvider). */
    public void completeNativeModule(String name) {
        getNativeModule(name);
    }

    /** The names of every native module. */
    java.util.Set<String> getNativeModuleNames() {
        getBuiltins();
        return nativeModules.keySet();
    }

    /** Whether nodes may cache per-context values (user classes, their attributes) as constants. */
    public boolean isSingleContext() {
        return singleContext.isValid();
    }

    public Assumption getSingleContextAssumption() {
        return singleContext;
    }

    @Override
    protected void initializeMultipleContexts() {
        singleContext.invalidate();
    }

    @Override
    protected PythonContext createContext(Env env) {
        return new PythonContext(this, env);
    }

    @Override
    protected void initializeContext(PythonContext context) {
        StartupTrace.mark("context: initialize");
        context.initialize();
        StartupTrace.mark("context: initialized");
        if (context.getEnv().getOptions().get(TaipanOptions.RunSite) && !context.getEnv().getOptions().get(TaipanOptions.NoSite)) {
            // during the context's initialization, as CPython imports site in its own: a debugger (the inspector by
            // default) does not stop in it, and the program's first line is still the first thing it suspends at
            context.getEnv().parseInternal(SiteStep.SOURCE).call();
        }
    }

    /** What CPython's {@code site} does at start-up (site_support.py), as an internal source. */
    private static final class SiteStep {
        static final Source SOURCE = load();

        private static Source load() {
            try (java.io.InputStream in = TaipanLanguage.class.getResourceAsStream("site_support.py")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return Source.newBuilder(ID, text, "<site>").internal(true).build();
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("site_support.py is missing from the language module", e);
            }
        }
    }

    @Override
    protected void finalizeContext(PythonContext context) {
        StartupTrace.mark("context: finalize");
        StartupTrace.threads();
        context.finalizeContext();
    }

    @Override
    protected void initializeThread(PythonContext context, Thread thread) {
        threadingMode.threadEntered(thread);
    }

    /** The current thread's interpreter state in the current context. */
    public PythonThreadState threadState() {
        return threadState.get();
    }

    /** The switch that tells containers and nodes whether more than one thread runs guest code. */
    public ThreadingMode threadingMode() {
        return threadingMode;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        // Free-threaded by design (DESIGN §6): any thread may run guest code.
        return true;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return TaipanOptions.descriptors();
    }

    @Override
    protected boolean areOptionsCompatible(org.graalvm.options.OptionValues firstOptions,
                    org.graalvm.options.OptionValues newOptions) {
        // code is translated per optimization level (asserts, __debug__, docstrings): no sharing across levels
        return firstOptions.get(TaipanOptions.Optimize).equals(newOptions.get(TaipanOptions.Optimize));
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        StartupTrace.mark("parse: " + request.getSource().getName());
        if (RUN_MODULE_MIME_TYPE.equals(request.getSource().getMimeType())) {
            return frontEnd.runModule(this, request.getSource().getCharacters().toString().strip());
        }
        return frontEnd.parseModule(this, request.getSource());
    }

    /**
     * Whether Truffle prints an interactive source's result: not None, which is what such a source returns once
     * {@code sys.displayhook} has shown its expressions' values (and CPython's REPL never shows None).
     */
    @Override
    protected boolean isVisible(PythonContext context, Object value) {
        return value != taipan.runtime.object.PNone.NONE;
    }

    /** The embedder's bindings ({@code context.getBindings("python")}): the globals of {@code __main__}. */
    @Override
    protected Object getScope(PythonContext context) {
        return new taipan.runtime.interop.GlobalScope(context.getMainModule());
    }

    /** Python's view of a primitive (a long, double, boolean, string): its class and its str. */
    @Override
    protected Object getLanguageView(PythonContext context, Object value) {
        return new taipan.runtime.interop.PrimitiveView(value);
    }

    /** An expression a debugger evaluates in a paused frame: {@code eval} against the frame's variables. */
    @Override
    protected com.oracle.truffle.api.nodes.ExecutableNode parse(InlineParsingRequest request) {
        return new taipan.runtime.debug.InlineEvaluationNode(this, request.getSource());
    }

    /** {@code sys.executable}: the launcher's path, or "" for an embedder. */
    public static String executable(Env env) {
        return env.getOptions().get(TaipanOptions.Executable);
    }

    public FrontEnd getFrontEnd() {
        return frontEnd;
    }
}
