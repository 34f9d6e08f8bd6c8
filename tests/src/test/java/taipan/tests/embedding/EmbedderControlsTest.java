package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What an embedder controls through the polyglot API: shared engines, cancelling and interrupting runaway code
 * (also with Python threads running), statement limits, host file access, thread creation and standard streams.
 */
class EmbedderControlsTest {

    private static final String SPIN = "while True:\n    pass\n";

    /** Runs {@code code} on another thread, returns the failure it ends with (null when it ends normally). */
    private static CompletableFuture<Throwable> runAway(Context context, String code) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                context.eval("python", code);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
    }

    /** Waits until the context is executing guest code (the spin loop has started). */
    private static void awaitRunning(Context context, String flagName) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Thread.sleep(50);
            try {
                if (context.getPolyglotBindings().hasMember(flagName)) {
                    return;
                }
            } catch (IllegalStateException busy) {
                // another thread holds the context in single-threaded mode: poll again
            }
        }
        throw new AssertionError("the guest never started");
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void manyContextsShareOneEngine() {
        try (Engine engine = Engine.create("python")) {
            Source source = Source.create("python", "def f(n):\n    return sum(i * i for i in range(n))\nf(10) + x");
            for (int i = 0; i < 5; i++) {
                try (Context context = Context.newBuilder("python").engine(engine).build()) {
                    context.getBindings("python").putMember("x", i);
                    assertEquals(285 + i, context.eval(source).asInt());
                }
            }
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void closeCancelsARunawayLoop() throws Exception {
        Context context = Context.newBuilder("python").allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL).build();
        CompletableFuture<Throwable> run = runAway(context,
                        "import polyglot\npolyglot.export_value(True, 'running')\n" + SPIN);
        awaitRunning(context, "running");
        long start = System.nanoTime();
        context.close(true);
        Throwable failure = run.get(30, TimeUnit.SECONDS);
        assertTrue(failure instanceof PolyglotException p && p.isCancelled(), String.valueOf(failure));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void closeCancelsPythonThreadsToo() throws Exception {
        Context context = Context.newBuilder("python").allowCreateThread(true)
                        .allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL).build();
        CompletableFuture<Throwable> run = runAway(context, """
                        import threading, polyglot
                        def spin():
                            while True:
                                pass
                        for _ in range(2):
                            threading.Thread(target=spin).start()
                        polyglot.export_value(True, 'running')
                        """ + SPIN);
        awaitRunning(context, "running");
        context.close(true);
        Throwable failure = run.get(30, TimeUnit.SECONDS);
        assertTrue(failure instanceof PolyglotException p && p.isCancelled(), String.valueOf(failure));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void interruptStopsTheLoopAndTheContextStaysUsable() throws Exception {
        try (Context context = Context.newBuilder("python").allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL)
                        .build()) {
            CompletableFuture<Throwable> run = runAway(context,
                            "import polyglot\npolyglot.export_value(True, 'running')\n" + SPIN);
            awaitRunning(context, "running");
            context.interrupt(Duration.ofSeconds(30));
            Throwable failure = run.get(30, TimeUnit.SECONDS);
            assertTrue(failure instanceof PolyglotException p && p.isInterrupted(), String.valueOf(failure));
            assertEquals(4, context.eval("python", "2 + 2").asInt());
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void statementLimitStopsTheLoop() {
        ResourceLimits limits = ResourceLimits.newBuilder().statementLimit(10_000, null).build();
        Context context = Context.newBuilder("python").resourceLimits(limits).build();
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval("python", "i = 0\nwhile True:\n    i += 1\n"));
        assertTrue(e.isResourceExhausted() || e.isCancelled(), e.toString());
        assertTrue(e.getMessage().contains("Statement count limit"), e.getMessage());
        try {
            context.close();
        } catch (PolyglotException cancelled) {
            // the limit cancelled the context; closing reports that once more
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void withoutIOPythonSeesPermissionError() throws Exception {
        Path secret = Files.createTempFile("taipan-embedding", ".txt");
        Files.writeString(secret, "secret");
        Path target = secret.resolveSibling(secret.getFileName() + ".out");
        try (Context context = Context.newBuilder("python").build()) {
            context.getBindings("python").putMember("secret", secret.toString());
            context.getBindings("python").putMember("target", target.toString());
            String result = context.eval("python", """
                            import os
                            def attempt(action):
                                try:
                                    action()
                                    return "allowed"
                                except PermissionError:
                                    return "PermissionError"
                            def read():
                                with open(secret) as f:
                                    f.read()
                            def write():
                                with open(target, "w") as f:
                                    f.write("x")
                            " ".join([attempt(read), attempt(write), attempt(lambda: os.listdir("/"))])
                            """).asString();
            assertEquals("PermissionError PermissionError PermissionError", result);
            assertFalse(Files.exists(target));
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void threadsNeedAllowCreateThread() {
        String code = """
                        import threading
                        try:
                            t = threading.Thread(target=print)
                            t.start()
                            t.join()
                            r = "started"
                        except RuntimeError as e:
                            r = str(e)
                        r
                        """;
        try (Context context = Context.create("python")) {
            assertTrue(context.eval("python", code).asString().startsWith("can't start new thread"));
        }
        try (Context context = Context.newBuilder("python").allowCreateThread(true).build()) {
            assertEquals("started", context.eval("python", code).asString());
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void standardStreamsFollowTheBuilder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream("from stdin\n".getBytes(StandardCharsets.UTF_8));
        try (Context context = Context.newBuilder("python").out(out).err(err).in(in).build()) {
            context.eval("python", "import sys\nline = sys.stdin.readline().strip()\nprint('got', line)\nprint('oops', file=sys.stderr)");
        }
        assertEquals("got from stdin\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
    }
}
