package taipan.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one Python program in a fresh context and turns its end into an exit status as CPython's
 * {@code Modules/main.c} does: 0, the {@code SystemExit} status, or 1 after printing the uncaught exception's
 * traceback. Shared by {@code bin/taipan} and the in-process conformance runner, so both report errors alike.
 */
public final class ProgramRunner {

    /** The exit status of a program stopped by its time limit (as the {@code timeout} command reports). */
    public static final int TIMED_OUT = 124;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "taipan-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;
    private volatile boolean timedOut;
    private boolean colour;

    /**
     * @param out the program's stdout, flushed before a traceback is written
     * @param err where the program's stderr and the traceback go
     */
    public ProgramRunner(OutputStream out, OutputStream err) {
        this.out = printStream(out);
        this.err = printStream(err);
        this.debug = System.getenv("TAIPAN_DEBUG") != null && !System.getenv("TAIPAN_DEBUG").isEmpty();
    }

    /** Prints tracebacks in CPython 3.13's colours (a terminal, or FORCE_COLOR). */
    ProgramRunner colourTracebacks(boolean enabled) {
        this.colour = enabled;
        return this;
    }

    /** What the launcher does in the program's context around it: settings before, the REPL ({@code -i}) after. */
    interface Session {
        /** Runs before the program, in its context. */
        void prepare(Context context);

        /** Runs after the program (even one that failed or raised SystemExit); returns the exit status. */
        int then(Context context, PrintStream err, int status);
    }

    private static PrintStream printStream(OutputStream stream) {
        return stream instanceof PrintStream print ? print : new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /**
     * Builds a context from {@code builder} (its {@code out}/{@code err} set here), runs {@code source} and closes
     * the context; {@code timeout} (or null for none) cancels a program that runs too long.
     *
     * @return the process exit status the program asks for
     */
    public int run(Context.Builder builder, Source source, Duration timeout) {
        return run(builder, source, timeout, null);
    }

    /**
     * As {@link #run(Context.Builder, Source, Duration)}, inside {@code session} on the same context;
     * {@code source} may be null for none.
     */
    int run(Context.Builder builder, Source source, Duration timeout, Session session) {
        Context context;
        try {
            context = builder.out(out).err(err).build();
        } catch (IllegalArgumentException badOption) {
            // An unknown or malformed --engine.X/--python.X option: the polyglot API says which.
            err.println("taipan: " + badOption.getMessage());
            return 2;
        } catch (PolyglotException e) {
            return report(e);
        }
        ScheduledFuture<?> watchdog = timeout == null ? null : WATCHDOG.schedule(() -> {
            timedOut = true;
            context.close(true);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        int status = session == null ? 0 : prepare(context, session);
        if (status == 0 && source != null) {
            status = evaluate(context, source);
        }
        if (watchdog != null) {
            watchdog.cancel(false);
        }
        if (session != null && !timedOut) {
            try {
                status = session.then(context, err, status);
            } catch (PolyglotException e) {
                status = report(e);
            } catch (IllegalStateException closed) {
                status = 1;
            }
        }
        return timedOut ? TIMED_OUT : close(context, status);
    }

    private int prepare(Context context, Session session) {
        try {
            session.prepare(context);
            return 0;
        } catch (PolyglotException e) {
            return report(e);
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    private int evaluate(Context context, Source source) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            return report(e);
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /** Closing runs the program's exit handlers, which may still ask for an exit status of their own. */
    private int close(Context context, int status) {
        try {
            context.close();
            return status;
        } catch (PolyglotException e) {
            return e.isExit() ? e.getExitStatus() : status;
        } catch (RuntimeException e) {
            return status;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints what the program's end means and returns its exit status. */
    int report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        out.flush();
        if (e.isCancelled()) {
            if (!timedOut) {
                err.println("taipan: cancelled");
            }
            return timedOut ? TIMED_OUT : 1;
        }
        if (e.isInterrupted()) {
            err.println("KeyboardInterrupt");
            return 130;
        }
        if (e.isHostException() || e.isInternalError() || !e.isGuestException()) {
            return internalError(e);
        }
        try {
            new TracebackPrinter(err, colour).print(e);
        } catch (RuntimeException failed) {
            err.println(e.getMessage());
        }
        // CPython ends an uncaught KeyboardInterrupt by dying of SIGINT: the shell sees 128 + 2
        String message = e.getMessage() == null ? "" : e.getMessage();
        boolean interrupt = message.equals("KeyboardInterrupt") || message.startsWith("KeyboardInterrupt: ");
        return interrupt ? 130 : 1;
    }

    /** A failure inside Taipan rather than in the program: a short line, the Java trace only for TAIPAN_DEBUG. */
    private int internalError(RuntimeException e) {
        out.flush();
        Throwable cause = e instanceof PolyglotException p && p.isHostException() ? p.asHostException() : e;
        err.println("taipan: internal error: " + describe(cause));
        if (debug) {
            cause.printStackTrace(err);
        } else {
            err.println("(set TAIPAN_DEBUG=1 to see the Java stack trace)");
        }
        return 1;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isEmpty() ? t.getClass().getName() : message;
    }
}
