package taipan.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

import taipan.launcher.ProgramRunner;

/**
 * Runs corpus programs in this JVM as DESIGN §8 says: one shared {@link Engine} (so compiled code is shared), a fresh
 * {@link Context} per program, run as {@code run.sh} runs it (from its own folder, {@code sys.argv == [NAME.py]},
 * empty stdin), with stdout and stderr captured and the end reported by the launcher's own {@link ProgramRunner}.
 */
final class InProcessRunner implements AutoCloseable {

    /** Beyond the program's own time limit, how long a run that ignores cancellation may take before we give up. */
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Engine engine;
    private final ByteArrayOutputStream engineLog = new ByteArrayOutputStream();

    InProcessRunner() {
        this.engine = Engine.newBuilder("python").logHandler(engineLog).build();
    }

    Engine engine() {
        return engine;
    }

    /** What the engine logged: Truffle's warnings, e.g. that it runs without the optimizing runtime. */
    String engineLog() {
        return engineLog.toString(StandardCharsets.UTF_8);
    }

    ProgramResult run(CorpusProgram program, Duration timeout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Source source;
        try {
            source = Source.newBuilder("python", program.script().toFile()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Context.Builder builder = Context.newBuilder("python").engine(engine).allowAllAccess(true)
                        .arguments("python", new String[]{program.script().getFileName().toString()})
                        .currentWorkingDirectory(program.folder()).in(new ByteArrayInputStream(new byte[0]))
                        .option("python.Executable", TestEnvironment.launcher().toString());
        // The run gets its own thread so a program that ignores cancellation cannot stall the whole suite.
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                        () -> new ProgramRunner(out, err).run(builder, source, timeout), runnable -> {
                            Thread thread = new Thread(runnable, "conformance " + program.id());
                            thread.setDaemon(true);
                            thread.start();
                        });
        int rc;
        try {
            rc = status.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stuck) {
            rc = ProgramResult.TIMED_OUT;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("running " + program.id() + " failed in the test harness", e);
        }
        return new ProgramResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), rc);
    }

    @Override
    public void close() {
        try {
            engine.close(true);
        } catch (RuntimeException stillBusy) {
            // A program left stuck past its time limit may keep the engine busy; the JVM ends anyway.
        }
    }
}
