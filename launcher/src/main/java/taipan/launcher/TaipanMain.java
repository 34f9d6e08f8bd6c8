package taipan.launcher;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/** Entry point of {@code bin/taipan}: CPython's command line over the polyglot API. */
public final class TaipanMain {

    private TaipanMain() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = launch(args);
        } catch (RuntimeException | IOException | Error e) {
            // Nothing below should throw; if it does, say so briefly rather than with a Java stack trace.
            System.out.flush();
            System.err.println("taipan: internal error: " + e);
            if (System.getenv("TAIPAN_DEBUG") != null) {
                e.printStackTrace();
            }
            status = 1;
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    static int launch(String[] args) throws IOException {
        LaunchRequest request;
        try {
            request = CommandLine.parse(Arrays.asList(args), System.getenv());
        } catch (UsageError e) {
            System.err.println(e.getMessage());
            if (e.showUsage()) {
                System.err.println(HelpText.USAGE_LINE);
                System.err.println(HelpText.TRY_HELP);
            }
            return e.exitStatus();
        }
        switch (request.action()) {
            case HELP:
                System.out.print(HelpText.HELP);
                return 0;
            case VERSION:
                System.out.println(request.program() == null ? HelpText.VERSION
                                : HelpText.VERSION + " (Taipan on GraalVM Truffle) [Java " + Runtime.version() + "]");
                return 0;
            default:
                return run(request);
        }
    }

    /** The language's MIME type for "run this module as __main__" (TaipanLanguage.RUN_MODULE_MIME_TYPE). */
    private static final String RUN_MODULE_MIME_TYPE = "application/x-python-run-module";

    private static int run(LaunchRequest request) throws IOException {
        LaunchRequest.Settings settings = request.settings();
        boolean stdinTerminal = isTerminal();
        boolean noProgram = request.action() == LaunchRequest.Action.RUN_STDIN && request.program() == null;
        // CPython's REPL: no program and a terminal on stdin, or -i/PYTHONINSPECT (which then reads stdin as entries)
        boolean interactive = settings.inspect() || noProgram && stdinTerminal;
        Source source;
        File script = null;
        if (request.action() == LaunchRequest.Action.RUN_FILE) {
            File file = scriptFile(request.program());
            script = file;
            String problem = unreadable(file);
            if (problem != null) {
                System.err.println(problem);
                return file.isDirectory() ? 1 : 2;
            }
            Source.Builder scriptSource = Source.newBuilder("python", file);
            if (settings.skipFirstLine()) {
                scriptSource.content(withoutFirstLine(Files.readString(file.toPath(), StandardCharsets.UTF_8)));
            }
            source = scriptSource.build();
        } else if (request.action() == LaunchRequest.Action.RUN_MODULE) {
            // the language runs the named module as __main__ (runpy's _run_module_as_main)
            source = Source.newBuilder("python", request.program(), "<run_module>").mimeType(RUN_MODULE_MIME_TYPE)
                            .build();
        } else if (request.action() == LaunchRequest.Action.RUN_COMMAND) {
            source = Source.newBuilder("python", request.program(), "<string>").build();
        } else if (interactive && noProgram) {
            source = null;
        } else {
            source = Source.newBuilder("python", readAll(System.in), "<stdin>").build();
        }
        Context.Builder builder = Context.newBuilder("python").allowAllAccess(true).allowExperimentalOptions(true)
                        .arguments("python", request.argv().toArray(String[]::new)).in(System.in)
                        .options(request.options());
        builder.option("python.RunSite", "true"); // what site does at start-up (-S, python.NoSite, skip it)
        String executable = System.getProperty("taipan.executable");
        if (executable != null && !request.options().containsKey("python.Executable")) {
            builder.option("python.Executable", executable);
        }
        // Like CPython's stdout: block-buffered into a pipe or file, flushed at once on a terminal or with -u.
        boolean unbuffered = "true".equals(request.options().get("python.Unbuffered")) || stdinTerminal || interactive;
        Map<String, String> env = System.getenv();
        boolean ignoreEnvironment = "true".equals(request.options().get("python.IgnoreEnvironment"));
        OutputStream stdout = stdStream(FileDescriptor.out, unbuffered);
        // the REPL asks its guest half questions whose answers come back on the guest's stdout
        CapturedOutput captured = interactive ? new CapturedOutput(stdout) : null;
        ProgramRunner runner = new ProgramRunner(interactive ? captured : stdout, stdStream(FileDescriptor.err, true))
                        .colourTracebacks(Colours.enabled(env, ignoreEnvironment, Colours.isTerminal(2)));
        Repl.Settings repl = new Repl.Settings(stdinTerminal, "true".equals(request.options().get("python.Quiet")),
                        noProgram, noProgram && !ignoreEnvironment, ignoreEnvironment ? Map.of() : env);
        File mainScript = script;
        return runner.run(builder, source, null, new ProgramRunner.Session() {
            @Override
            public void prepare(Context context) {
                GuestSetup.apply(context, settings, mainScript);
            }

            @Override
            public int then(Context context, PrintStream err, int status) {
                return interactive ? Repl.run(context, captured, err, repl) : status;
            }
        });
    }

    /** {@code -x}: the first line is left out, its line break kept so that line numbers stay the file's. */
    private static String withoutFirstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? "" : text.substring(newline);
    }

    /**
     * CPython names the main script by its absolute path, the working directory joined with the path as given
     * (not normalised: {@code ./x.py} becomes {@code /cwd/./x.py}), in tracebacks and {@code __file__}.
     */
    private static File scriptFile(String path) {
        File file = new File(path);
        return file.isAbsolute() ? file : new File(System.getProperty("user.dir"), path);
    }

    /** CPython's complaint about a script it cannot run, or null when it can be read. */
    private static String unreadable(File file) {
        String prefix = "taipan: can't open file '" + file.getPath() + "': ";
        if (file.isDirectory()) {
            return "taipan: can't find '__main__' module in '" + file.getPath() + "'";
        } else if (!file.exists()) {
            return prefix + "[Errno 2] No such file or directory";
        } else if (!Files.isReadable(file.toPath())) {
            return prefix + "[Errno 13] Permission denied";
        }
        return null;
    }

    /** stdout is buffered unless {@code -u}; the buffer is flushed on exit and before a traceback. */
    private static OutputStream stdStream(FileDescriptor fd, boolean unbuffered) {
        FileOutputStream raw = new FileOutputStream(fd);
        return unbuffered ? new PrintStream(raw, true, StandardCharsets.UTF_8)
                        : new PrintStream(new java.io.BufferedOutputStream(raw, 1 << 16), false, StandardCharsets.UTF_8);
    }

    /**
     * Whether the standard streams are a terminal. JDK 22+ returns a console even when they are redirected and
     * tells the truth through {@code Console.isTerminal()}, which the release-21 API cannot name.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
