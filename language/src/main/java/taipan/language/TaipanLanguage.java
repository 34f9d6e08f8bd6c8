package taipan.language;

import java.util.ServiceLoader;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;

import org.graalvm.options.OptionDescriptors;

import taipan.language.spi.FrontEnd;

/**
 * The Python language as Truffle sees it. The context policy is {@code SHARED}, so one engine can run many contexts
 * on the same compiled code: nodes may cache language-level values (built-in types are immutable and live here),
 * but context-level values only behind {@link #isSingleContext()}.
 */
@TruffleLanguage.Registration(id = TaipanLanguage.ID, name = "Python", implementationName = "Taipan", version = "3.13",
                defaultMimeType = TaipanLanguage.MIME_TYPE, characterMimeTypes = TaipanLanguage.MIME_TYPE,
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, fileTypeDetectors = PythonFileDetector.class,
                internalResources = StdlibResource.class, website = "https://www.python.org/")
@ProvidedTags({StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.StatementTag.class,
                StandardTags.CallTag.class, StandardTags.ExpressionTag.class, StandardTags.ReadVariableTag.class,
                StandardTags.WriteVariableTag.class})
public final class TaipanLanguage extends TruffleLanguage<PythonContext> {

    public static final String ID = "python";
    public static final String MIME_TYPE = "text/x-python";

    private static final LanguageReference<TaipanLanguage> LANGUAGE = LanguageReference.create(TaipanLanguage.class);

    private final FrontEnd frontEnd = loadFrontEnd();

    public static TaipanLanguage get(Node node) {
        return LANGUAGE.get(node);
    }

    private static FrontEnd loadFrontEnd() {
        return ServiceLoader.load(TaipanLanguage.class.getModule().getLayer(), FrontEnd.class).findFirst()
                        .or(() -> ServiceLoader.load(FrontEnd.class, TaipanLanguage.class.getClassLoader()).findFirst())
                        .orElseThrow(() -> new IllegalStateException("Taipan's front end (module taipan.nodes) is missing"));
    }

    @Override
    protected PythonContext createContext(Env env) {
        return new PythonContext(this, env);
    }

    @Override
    protected void initializeContext(PythonContext context) {
        context.initialize();
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
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return frontEnd.parseModule(this, request.getSource());
    }

    public FrontEnd getFrontEnd() {
        return frontEnd;
    }
}
