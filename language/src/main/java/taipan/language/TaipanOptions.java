package taipan.language;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.Env;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** The {@code python.*} options a context is created with; the launcher maps CPython's flags onto them. */
@Option.Group("python")
public final class TaipanOptions {

    @Option(help = "Run with a global interpreter lock (-X gil=1, PYTHON_GIL=1). Off: threads run guest code in parallel.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> GIL = new OptionKey<>(false);

    @Option(help = "Name of the program as sys.executable reports it.", category = OptionCategory.USER)
    public static final OptionKey<String> Executable = new OptionKey<>("");

    @Option(help = "Ignore PYTHON* environment variables (-E).", category = OptionCategory.USER)
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(help = "Isolated mode (-I): implies -E and -s, and keeps the script's folder off sys.path.",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> Isolated = new OptionKey<>(false);

    @Option(help = "Unbuffered stdout and stderr (-u).", category = OptionCategory.USER)
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(help = "Don't print version and copyright messages on interactive start-up (-q).",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> Quiet = new OptionKey<>(false);

    @Option(help = "UTF-8 mode (-X utf8, PYTHONUTF8=1): sys.flags.utf8_mode; text I/O is UTF-8 by default either way.",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> Utf8Mode = new OptionKey<>(false);

    @Option(help = "EncodingWarning when text I/O is opened without an encoding (-X warn_default_encoding, PYTHONWARNDEFAULTENCODING).",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> WarnDefaultEncoding = new OptionKey<>(false);

    @Option(help = "Optimization level (-O: 1, -OO: 2, PYTHONOPTIMIZE): asserts removed, __debug__ False; 2 also drops docstrings.",
                    category = OptionCategory.USER)
    public static final OptionKey<Integer> Optimize = new OptionKey<>(0);

    @Option(help = "Don't prepend the script's folder or the working directory to sys.path (-P, PYTHONSAFEPATH).",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> SafePath = new OptionKey<>(false);

    @Option(help = "Don't import the site module at start-up (-S): sys.flags.no_site.", category = OptionCategory.USER)
    public static final OptionKey<Boolean> NoSite = new OptionKey<>(false);

    @Option(help = "Do at context start-up what CPython's site module does (the taipan launcher sets it; embedders "
                    + "may; python.NoSite still skips it).", category = OptionCategory.USER)
    public static final OptionKey<Boolean> RunSite = new OptionKey<>(false);

    @Option(help = "Don't add the user site-packages folder to sys.path (-s, PYTHONNOUSERSITE).",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> NoUserSite = new OptionKey<>(false);

    @Option(help = "Don't write .pyc files (-B, PYTHONDONTWRITEBYTECODE); Taipan never writes them in any case.",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> DontWriteBytecode = new OptionKey<>(false);

    @Option(help = "Verbosity of import tracing on stderr (-v, PYTHONVERBOSE).", category = OptionCategory.USER)
    public static final OptionKey<Integer> Verbose = new OptionKey<>(0);

    @Option(help = "Warn (1, -b) or raise (2, -bb) on str(bytes) and comparisons of bytes with str.",
                    category = OptionCategory.USER)
    public static final OptionKey<Integer> BytesWarning = new OptionKey<>(0);

    @Option(help = "Interactive inspection after the program (-i, PYTHONINSPECT): sys.flags.inspect.",
                    category = OptionCategory.USER)
    public static final OptionKey<Boolean> Inspect = new OptionKey<>(false);

    private TaipanOptions() {
    }

    static OptionDescriptors descriptors() {
        return new TaipanOptionsOptionDescriptors();
    }

    /** True where the option was given explicitly for this context. */
    static boolean isSet(Env env, OptionKey<?> key) {
        return env.getOptions().hasBeenSet(key);
    }

    static <T> T get(TruffleLanguage.Env env, OptionKey<T> key) {
        return env.getOptions().get(key);
    }
}
