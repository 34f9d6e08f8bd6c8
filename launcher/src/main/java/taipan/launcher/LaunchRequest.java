package taipan.launcher;

import java.util.List;
import java.util.Map;

/**
 * What the command line asks for: an action, the program (a file name, {@code -c} code, the {@code -m} module name, or nothing for stdin; for
 * {@code VERSION}, non-null when {@code -VV} asks for the build too), the guest's {@code sys.argv}, and the options the
 * context is built with.
 *
 * @param argv {@code sys.argv} as CPython sets it: the script path as given, {@code "-c"}, or {@code "-"}/{@code ""}
 *            for stdin, then the program's own arguments
 * @param options polyglot options ({@code python.*}, {@code engine.*}, {@code log.*}, ...) for the context
 * @param settings what the launcher itself does with the rest of the command line and the environment
 */
record LaunchRequest(Action action, String program, List<String> argv, Map<String, String> options, Settings settings) {

    LaunchRequest(Action action, String program, List<String> argv, Map<String, String> options) {
        this(action, program, argv, options, Settings.NONE);
    }

    /** The things {@code taipan} can be asked to do. */
    enum Action {
        RUN_FILE, RUN_COMMAND, RUN_MODULE, RUN_STDIN, HELP, VERSION
    }

    /**
     * @param inspect {@code -i} or {@code PYTHONINSPECT}: the REPL after the program
     * @param skipFirstLine {@code -x}
     * @param warnOptions {@code -W} and {@code PYTHONWARNINGS} filters, for {@code sys.warnoptions}
     * @param xOptions {@code -X} options, for {@code sys._xoptions}
     */
    record Settings(boolean inspect, boolean skipFirstLine, List<String> warnOptions, Map<String, String> xOptions) {
        static final Settings NONE = new Settings(false, false, List.of(), Map.of());
    }
}
