package taipan.launcher;

/** The texts {@code taipan -h} and its usage errors print, worded after CPython 3.13's {@code Python/initconfig.c}. */
final class HelpText {

    static final String VERSION = "Python 3.13.2";

    static final String USAGE_LINE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String TRY_HELP = "Try `taipan -h' for more information.";

    static final String HELP = USAGE_LINE + """

                    Options (and corresponding environment variables):
                    -b     : accepted and ignored (bytes/str comparison warnings)
                    -B     : accepted and ignored (Taipan writes no .pyc files)
                    -c cmd : program passed in as string (terminates option list)
                    -d     : accepted and ignored (parser debugging)
                    -E     : ignore PYTHON* environment variables (such as PYTHON_GIL)
                    -h     : print this help message and exit (also -? or --help)
                    -I     : isolate Python from the user's environment (implies -E and -s)
                    -O     : accepted and ignored (assert removal)
                    -P     : accepted and ignored
                    -q     : don't print version and copyright messages on interactive startup
                    -s     : accepted and ignored (user site directory)
                    -S     : accepted and ignored (import site)
                    -u     : force the stdout and stderr streams to be unbuffered;
                             this option has no effect on stdin; also PYTHONUNBUFFERED=x
                    -v     : accepted and ignored (import tracing)
                    -V     : print the Python version number and exit (also --version)
                    -W arg : warning control (accepted and ignored)
                    -X opt : set implementation-specific option:
                             -X gil=0|1: disable (the default) or enable the global interpreter
                                 lock; also PYTHON_GIL=0|1
                             -X jit=0|1: disable or enable (the default) the JIT compiler;
                                 also PYTHON_JIT=0|1
                             other -X options are accepted and ignored
                    --check-hash-based-pycs always|default|never: accepted and ignored
                    --help-env, --help-xoptions, --help-all: print this help message and exit

                    Not supported yet: -m mod, -i, and the interactive prompt (no program given
                    while stdin is a terminal).

                    GraalVM options (before the program):
                    --engine.NAME=VALUE, --compiler.NAME=VALUE, --log.NAME=VALUE, --python.NAME=VALUE
                           : set a polyglot engine or language option
                             (for example --engine.TraceCompilation=true)
                    --inspect, --cpusampler: start the Chrome inspector or the CPU sampler

                    Environment variables (the PYTHON* ones are ignored with -E and -I):
                    PYTHON_GIL     : 0 or 1, as -X gil
                    PYTHON_JIT     : 0 switches the JIT compiler off, as -X jit=0
                    PYTHONUNBUFFERED: as -u
                    TAIPAN_DEBUG   : set to show the Java stack trace of an internal error
                    TAIPAN_JAVA_HOME: the JDK (25 or newer) to run on

                    Arguments:
                    file   : program read from script file
                    -      : program read from stdin (default; interactive mode if a tty)
                    arg ...: arguments passed to program in sys.argv[1:]
                    """;

    private HelpText() {
    }
}
