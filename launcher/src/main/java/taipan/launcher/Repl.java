package taipan.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * The interactive loop of {@code taipan} (no program on a terminal, {@code -i}, {@code PYTHONINSPECT}): reads an
 * entry, runs it in {@code __main__}, prints its traceback if it fails, until Ctrl-D, {@code exit} or
 * {@code SystemExit}. CPython 3.13's REPL commands {@code exit}/{@code quit}/{@code help}/{@code clear} work without
 * parentheses.
 */
final class Repl {

    private final GuestRepl guest;
    private final LineInput input;
    private final PrintStream err;
    private final boolean colour;

    private Repl(GuestRepl guest, LineInput input, PrintStream err, boolean colour) {
        this.guest = guest;
        this.input = input;
        this.err = err;
        this.colour = colour;
    }

    /** What the REPL needs to know of the command line and the process. */
    record Settings(boolean terminal, boolean quiet, boolean banner, boolean startup, Map<String, String> env) {
    }

    /**
     * Runs the REPL on {@code context} and returns the process exit status; {@code err} receives tracebacks
     * (and the prompts when stdin is not a terminal).
     */
    static int run(Context context, CapturedOutput out, PrintStream err, Settings settings) {
        GuestRepl guest;
        try {
            guest = GuestRepl.load(context, out);
        } catch (PolyglotException e) {
            err.println("taipan: the REPL cannot start: " + e.getMessage());
            return 1;
        }
        boolean basic = nonEmpty(settings.env().get("PYTHON_BASIC_REPL"));
        boolean colour = settings.terminal() && Colours.enabled(settings.env(), false, Colours.isTerminal(2));
        if (settings.banner() && !settings.quiet()) {
            err.println(guest.banner());
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        err.flush();
        Repl repl = null;
        try (LineInput input = settings.terminal() ? new JLineInput(guest, historyFile(settings.env()), colour && !basic)
                        : new PlainInput(guest, err)) {
            repl = new Repl(guest, input, err, colour);
            String startupFile = settings.startup() ? startupFile(settings.env()) : null;
            if (settings.startup() && startupFile == null) {
                reportUnopenableStartup(settings.env().get("PYTHONSTARTUP"), err);
            }
            if (startupFile != null) {
                Integer status = repl.execute(() -> guest.startup(startupFile));
                if (status != null) {
                    return status;
                }
            }
            return repl.loop();
        } catch (IOException e) {
            err.println("taipan: cannot read the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static boolean nonEmpty(String value) {
        return value != null && !value.isEmpty();
    }

    /**
     * {@code PYTHONSTARTUP}'s file if it names one, else null. Looked at here rather than in the guest, whose
     * {@code os} import alone cost a quarter of a second before the first prompt.
     */
    static String startupFile(Map<String, String> env) {
        String path = env.get("PYTHONSTARTUP");
        return nonEmpty(path) && Files.isRegularFile(Path.of(path)) && Files.isReadable(Path.of(path)) ? path : null;
    }

    /**
     * CPython's two lines when {@code PYTHONSTARTUP} names a file it cannot open; a directory opens and reads as
     * nothing there, so it passes in silence, as it does in CPython.
     */
    static void reportUnopenableStartup(String path, PrintStream err) {
        if (!nonEmpty(path) || Files.isDirectory(Path.of(path))) {
            return;
        }
        String error = Files.exists(Path.of(path)) ? "PermissionError: [Errno 13] Permission denied"
                        : "FileNotFoundError: [Errno 2] No such file or directory";
        err.println("Could not open PYTHONSTARTUP");
        err.println(error + ": '" + path + "'");
    }

    /** {@code PYTHON_HISTORY}, else {@code ~/.python_history}, as CPython's REPL keeps it. */
    static Path historyFile(Map<String, String> env) {
        String chosen = env.get("PYTHON_HISTORY");
        if (nonEmpty(chosen)) {
            return Path.of(chosen);
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".python_history");
    }

    private int loop() throws IOException {
        while (true) {
            String entry;
            try {
                entry = input.read();
            } catch (LineInput.Interrupted e) {
                err.println();
                err.println("KeyboardInterrupt");
                continue;
            }
            if (entry == null) {
                return 0;
            }
            String command = entry.strip();
            if (command.equals("exit") || command.equals("quit")) {
                return 0;
            } else if (command.equals("clear")) {
                input.clearScreen();
                continue;
            } else if (command.equals("help")) {
                entry = "help()";
            }
            String text = entry;
            if (guest.status(text) == EntryStatus.Status.EMPTY) {
                continue;
            }
            Integer status = execute(() -> guest.run(text));
            if (status != null) {
                return status;
            }
        }
    }

    /** Runs guest code; returns an exit status if it asked to leave ({@code SystemExit}), else null. */
    private Integer execute(Runnable action) {
        try {
            action.run();
            return null;
        } catch (PolyglotException e) {
            flushQuietly();
            if (e.isExit()) {
                // the language has printed a code that is neither None nor an int, as CPython does
                return e.getExitStatus();
            }
            if (e.isCancelled() || e.isInternalError() || e.isHostException() || !e.isGuestException()) {
                err.println("taipan: " + (e.isCancelled() ? "cancelled" : "internal error: " + e.getMessage()));
                return e.isCancelled() ? 1 : null;
            }
            new TracebackPrinter(err, colour).hiding(GuestRepl.FILE_NAME).print(e);
            return null;
        }
    }

    private void flushQuietly() {
        try {
            guest.flush();
        } catch (RuntimeException closed) {
            // nothing left to flush
        }
    }
}
