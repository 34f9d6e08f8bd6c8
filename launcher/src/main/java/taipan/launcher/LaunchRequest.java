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
 */
record LaunchRequest(Action action, String program, List<String> argv, Map<String, String> options) {

    /** The things {@code taipan} can be asked to do. */
    enum Action {
        RUN_FILE, RUN_COMMAND, RUN_MODULE, RUN_STDIN, HELP, VERSION
    }
}
