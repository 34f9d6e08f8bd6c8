package taipan.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code taipan}'s arguments as CPython's {@code Python/getopt.c} and {@code Python/initconfig.c} read
 * {@code python}'s: bundled short flags ({@code -uq}), option arguments attached or separate ({@code -ccode},
 * {@code -X gil=0}), options end at the program; plus GraalVM-style polyglot options ({@code --engine.X=v}).
 */
final class CommandLine {

    /** Short options that take no argument and that Taipan accepts but does not act on: -d (parser debugging). */
    private static final String IGNORED_FLAGS = "d";
    /** Flags that may be repeated, counted (-OO, -vv, -bb), with the option each count goes to. */
    private static final Map<Character, String> COUNTED = Map.of('O', "python.Optimize", 'v', "python.Verbose", 'b',
                    "python.BytesWarning");
    /** Flags that switch an option on, and the environment variable that also does (CPython's initconfig.c). */
    private static final Map<Character, String[]> SWITCHES = Map.of('P', new String[]{"python.SafePath", "PYTHONSAFEPATH"},
                    's', new String[]{"python.NoUserSite", "PYTHONNOUSERSITE"}, 'S', new String[]{"python.NoSite", null},
                    'B', new String[]{"python.DontWriteBytecode", "PYTHONDONTWRITEBYTECODE"});
    /** Instrument switches that have no dotted name ({@code --inspect}, {@code --cpusampler}). */
    private static final Set<String> INSTRUMENTS = Set.of("inspect", "cpusampler", "cputracer", "memtracer",
                    "coverage", "heapmonitor");

    private final List<String> args;
    private final Map<String, String> env;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, String> polyglotOptions = new LinkedHashMap<>();
    private String gil;
    private String jit;
    private boolean ignoreEnvironment;
    /** How many times -V was given: once prints the version, twice also the build, as CPython does. */
    private int versionCount;
    private boolean inspect;
    private boolean skipFirstLine;
    private final List<String> warnOptions = new ArrayList<>();
    private final Map<String, String> xOptions = new LinkedHashMap<>();
    private final Map<Character, Integer> counts = new LinkedHashMap<>();
    private final java.util.Set<Character> switches = new java.util.HashSet<>();
    private int next;

    private CommandLine(List<String> args, Map<String, String> env) {
        this.args = args;
        this.env = env;
    }

    /** Parses {@code args} with {@code env} as the process environment ({@code PYTHON_GIL}, {@code PYTHON_JIT}). */
    static LaunchRequest parse(List<String> args, Map<String, String> env) throws UsageError {
        return new CommandLine(args, env).parse();
    }

    private LaunchRequest parse() throws UsageError {
        while (next < args.size()) {
            String arg = args.get(next);
            if (arg.equals("--")) {
                next++;
                break;
            } else if (arg.startsWith("--")) {
                next++;
                LaunchRequest.Action action = longOption(arg.substring(2));
                if (action != null) {
                    return new LaunchRequest(action, null, List.of(), Map.of());
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                next++;
                LaunchRequest request = shortOptions(arg);
                if (request != null) {
                    return request;
                }
            } else {
                break;
            }
        }
        if (next >= args.size()) {
            return program(LaunchRequest.Action.RUN_STDIN, null, "");
        }
        String program = args.get(next++);
        return program.equals("-") ? program(LaunchRequest.Action.RUN_STDIN, "-", "-")
                        : program(LaunchRequest.Action.RUN_FILE, program, program);
    }

    /** One {@code -xyz} argument: flags, or a flag whose argument is the rest of it or the next argument. */
    private LaunchRequest shortOptions(String arg) throws UsageError {
        for (int i = 1; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if ("cmXW".indexOf(c) >= 0) {
                String value = optionArgument(c, arg.substring(i + 1));
                return optionWithArgument(c, value);
            }
            LaunchRequest request = flag(c);
            if (request != null) {
                return request;
            }
        }
        return null;
    }

    private String optionArgument(char option, String attached) throws UsageError {
        if (!attached.isEmpty()) {
            return attached;
        }
        if (next >= args.size()) {
            throw UsageError.usage("Argument expected for the -" + option + " option");
        }
        return args.get(next++);
    }

    private LaunchRequest optionWithArgument(char option, String value) throws UsageError {
        switch (option) {
            case 'c':
                return program(LaunchRequest.Action.RUN_COMMAND, value, "-c");
            case 'm':
                return program(LaunchRequest.Action.RUN_MODULE, value, "-m");
            case 'X':
                xOption(value);
                return null;
            default:
                // -W: a warning filter for sys.warnoptions, which the warnings module reads when imported
                warnOptions.add(value);
                return null;
        }
    }

    private LaunchRequest flag(char c) throws UsageError {
        switch (c) {
            case 'h', '?':
                return new LaunchRequest(LaunchRequest.Action.HELP, null, List.of(), Map.of());
            case 'V':
                versionCount++;
                return null;
            case 'E':
                ignoreEnvironment = true;
                options.put("python.IgnoreEnvironment", "true");
                return null;
            case 'I':
                ignoreEnvironment = true;
                options.put("python.IgnoreEnvironment", "true");
                options.put("python.Isolated", "true");
                return null;
            case 'u':
                options.put("python.Unbuffered", "true");
                return null;
            case 'q':
                options.put("python.Quiet", "true");
                return null;
            case 'i':
                inspect = true;
                return null;
            case 'x':
                skipFirstLine = true;
                return null;
            default:
                if (COUNTED.containsKey(c)) {
                    counts.merge(c, 1, Integer::sum);
                    return null;
                } else if (SWITCHES.containsKey(c)) {
                    switches.add(c);
                    return null;
                } else if (IGNORED_FLAGS.indexOf(c) >= 0) {
                    return null;
                }
                throw UsageError.usage("Unknown option: -" + c);
        }
    }

    /** {@code -X name[=value]}: {@code gil} and {@code jit} mean something; others are ignored, as CPython does. */
    private void xOption(String value) throws UsageError {
        int eq = value.indexOf('=');
        String name = eq < 0 ? value : value.substring(0, eq);
        String setting = eq < 0 ? "" : value.substring(eq + 1);
        xOptions.put(name, eq < 0 ? "true" : setting);
        if (name.equals("int_max_str_digits")) {
            intMaxStrDigits(eq < 0 ? "" : setting, "-X int_max_str_digits");
        } else if (name.equals("gil")) {
            gil = setting;
        } else if (name.equals("jit")) {
            jit = setting;
        } else if (name.equals("utf8")) {
            options.put("python.Utf8Mode", setting.equals("0") ? "false" : "true");
        } else if (name.equals("warn_default_encoding")) {
            options.put("python.WarnDefaultEncoding", "true");
        }
    }

    /** A {@code --name[=value]} option; returns the action it asks for, or null when it only sets something. */
    private LaunchRequest.Action longOption(String text) throws UsageError {
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        switch (name) {
            case "help", "help-env", "help-xoptions", "help-all":
                return LaunchRequest.Action.HELP;
            case "version":
                return LaunchRequest.Action.VERSION;
            case "check-hash-based-pycs":
                checkHashBasedPycs(eq < 0 ? null : text.substring(eq + 1));
                return null;
            case "experimental-options":
                // Experimental options are always allowed (-X jit=0 needs one); the GraalVM flag is accepted.
                return null;
            default:
                if (name.indexOf('.') > 0 || INSTRUMENTS.contains(name)) {
                    polyglotOptions.put(name, eq < 0 ? "true" : text.substring(eq + 1));
                    return null;
                }
                throw UsageError.usage("unknown option --" + text);
        }
    }

    private void checkHashBasedPycs(String attached) throws UsageError {
        String value = attached;
        if (value == null) {
            if (next >= args.size()) {
                throw UsageError.usage("Argument expected for the --check-hash-based-pycs options");
            }
            value = args.get(next++);
        }
        if (!Set.of("default", "always", "never").contains(value)) {
            throw UsageError.usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
    }

    /** The request to run a program, once the options are read: argv, then the settings CPython derives. */
    private LaunchRequest program(LaunchRequest.Action action, String program, String argv0) throws UsageError {
        if (versionCount > 0) {
            return new LaunchRequest(LaunchRequest.Action.VERSION, versionCount > 1 ? "verbose" : null, List.of(),
                            Map.of());
        }
        if (xOptions.containsKey("dev")) {
            // development mode shows the warnings that are ignored by default, as CPython's 'default' filter
            warnOptions.add(0, "default");
        }
        List<String> argv = new ArrayList<>();
        argv.add(argv0);
        argv.addAll(args.subList(Math.min(next, args.size()), args.size()));
        applyEnvironment();
        applyFlags();
        Map<String, String> all = new LinkedHashMap<>(options);
        all.putAll(polyglotOptions);
        return new LaunchRequest(action, program, List.copyOf(argv), all, new LaunchRequest.Settings(inspect,
                        skipFirstLine, List.copyOf(warnOptions), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(xOptions))));
    }

    /**
     * The counted flags and switches as options; the environment's {@code PYTHONOPTIMIZE}, {@code PYTHONVERBOSE}
     * raise a count (text or a negative number counts as 1), a non-empty {@code PYTHONSAFEPATH} etc. switch on.
     */
    private void applyFlags() {
        for (Map.Entry<Character, String> counted : COUNTED.entrySet()) {
            int count = counts.getOrDefault(counted.getKey(), 0);
            String variable = counted.getKey() == 'O' ? "PYTHONOPTIMIZE" : counted.getKey() == 'v' ? "PYTHONVERBOSE" : null;
            String value = variable == null || ignoreEnvironment ? null : nonEmpty(env.get(variable));
            if (value != null) {
                count = Math.max(count, envLevel(value));
            }
            if (count > 0) {
                options.put(counted.getValue(), Integer.toString(count));
            }
        }
        for (Map.Entry<Character, String[]> flag : SWITCHES.entrySet()) {
            String variable = flag.getValue()[1];
            boolean fromEnv = variable != null && !ignoreEnvironment && nonEmpty(env.get(variable)) != null;
            if (switches.contains(flag.getKey()) || fromEnv) {
                options.put(flag.getValue()[0], "true");
            }
        }
        if (inspect) {
            options.put("python.Inspect", "true");
        }
    }

    private static int envLevel(String value) {
        try {
            int level = Integer.parseInt(value.strip());
            return level < 0 ? 1 : level;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** CPython's check of an int_max_str_digits limit: 0 or at least 640, else a fatal configuration error. */
    private static void intMaxStrDigits(String value, String source) throws UsageError {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit != 0 && limit < 640) {
            throw UsageError.fatal("Fatal Python error: config_init_int_max_str_digits: " + source
                            + ": invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n");
        }
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@code -X} settings win over {@code PYTHON_GIL}/{@code PYTHON_JIT}, which {@code -E}/{@code -I} hide. */
    private void applyEnvironment() throws UsageError {
        if (!ignoreEnvironment) {
            gil = gil != null ? gil : nonEmpty(env.get("PYTHON_GIL"));
            jit = jit != null ? jit : nonEmpty(env.get("PYTHON_JIT"));
            inspect |= nonEmpty(env.get("PYTHONINSPECT")) != null;
            String warnings = nonEmpty(env.get("PYTHONWARNINGS"));
            if (warnings != null) {
                // CPython puts the environment's filters before the command line's, so -W wins
                List<String> fromEnv = new ArrayList<>();
                for (String filter : warnings.split(",")) {
                    if (!filter.isBlank()) {
                        fromEnv.add(filter.strip());
                    }
                }
                warnOptions.addAll(0, fromEnv);
            }
            String digits = env.get("PYTHONINTMAXSTRDIGITS");
            if (digits != null && !xOptions.containsKey("int_max_str_digits")) {
                intMaxStrDigits(digits, "PYTHONINTMAXSTRDIGITS");
                xOptions.put("int_max_str_digits", digits);
            }
            String utf8 = nonEmpty(env.get("PYTHONUTF8"));
            if (utf8 != null && !xOptions.containsKey("utf8")) {
                options.put("python.Utf8Mode", utf8.equals("1") ? "true" : "false");
            }
            if (nonEmpty(env.get("PYTHONWARNDEFAULTENCODING")) != null) {
                options.put("python.WarnDefaultEncoding", "true");
            }
            String unbuffered = env.get("PYTHONUNBUFFERED");
            if (unbuffered != null && !unbuffered.isEmpty()) {
                options.put("python.Unbuffered", "true");
            }
        }
        if (gil != null) {
            if (!gil.equals("0") && !gil.equals("1")) {
                throw UsageError.fatal("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n"
                                + "Python runtime state: preinitialized\n");
            }
            options.put("python.GIL", gil.equals("1") ? "true" : "false");
        }
        if (jit != null && jit.equals("0")) {
            options.put("engine.Compilation", "false");
        }
    }
}
