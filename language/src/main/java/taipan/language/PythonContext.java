package taipan.language;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

/** The state of one Python interpreter: one per polyglot context. */
public final class PythonContext {

    private static final ContextReference<PythonContext> REFERENCE = ContextReference.create(TaipanLanguage.class);

    private final TaipanLanguage language;
    private final Env env;

    PythonContext(TaipanLanguage language, Env env) {
        this.language = language;
        this.env = env;
    }

    public static PythonContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
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
