package taipan.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/taipan} as a separate process, with empty stdin and both output streams captured. */
final class ProcessRunner {

    private ProcessRunner() {
    }

    static ProgramResult taipan(Path cwd, Duration timeout, String... args) {
        return taipan(cwd, timeout, Map.of(), args);
    }

    static ProgramResult taipan(Path cwd, Duration timeout, Map<String, String> env, String... args) {
        return taipan(cwd, timeout, env, new java.io.File("/dev/null"), args);
    }

    /** Runs with {@code stdin} as the process's standard input. */
    static ProgramResult taipan(Path cwd, Duration timeout, Map<String, String> env, java.io.File stdin,
                    String... args) {
        List<String> command = new ArrayList<>();
        command.add(TestEnvironment.launcher().toString());
        command.addAll(List.of(args));
        return run(cwd, timeout, env, stdin, command);
    }

    /** Runs any command (the reference interpreter, say) with stdin from /dev/null. */
    static ProgramResult run(Path cwd, Duration timeout, Map<String, String> env, String... command) {
        return run(cwd, timeout, env, new java.io.File("/dev/null"), List.of(command));
    }

    private static ProgramResult run(Path cwd, Duration timeout, Map<String, String> env, java.io.File stdin,
                    List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(stdin));
        builder.environment().remove("TAIPAN_DEBUG");
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new ProgramResult(out.join(), err.join(), ProgramResult.TIMED_OUT);
            }
            return new ProgramResult(out.join(), err.join(), process.exitValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        // A thread of its own per stream: the common pool may have one thread on a small machine, and a child
        // that fills its stderr pipe while we wait on its stdout would never finish.
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "drain");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
