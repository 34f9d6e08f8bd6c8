package taipan.tests.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taipan.testkit.Json;

/**
 * Drives the Chrome inspector of {@code bin/taipan --inspect} over its WebSocket with the DevTools protocol, as a browser's debugger would: a
 * breakpoint on a line inside a function, the local variables, stepping over and into, an expression evaluated in
 * the paused frame, a breakpoint hit on a second Python thread, and the program running to its end.
 */
class InspectorTest {

    /** Lines are 1-based here; the protocol's are 0-based. */
    private static final String PROGRAM = """
                    import threading

                    def helper(v):
                        doubled = v * 2
                        return doubled

                    def compute(a, b):
                        total = a + b
                        scaled = helper(total)
                        return scaled + 1

                    def worker(n):
                        square = n * n
                        return square

                    result = compute(3, 4)
                    t = threading.Thread(target=worker, args=(7,))
                    t.start()
                    t.join()
                    print("result", result)
                    """;

    @TempDir Path dir;

    @Test
    void breakpointsScopesSteppingAndEvaluation() throws Exception {
        Path script = dir.resolve("debuggee.py");
        Files.writeString(script, PROGRAM);
        int port = freePort();
        Path log = dir.resolve("inspector.log");
        Process process = start(script, port, log);
        try (DevToolsClient client = DevToolsClient.connect("ws://127.0.0.1:" + port + "/taipan-inspector-test")) {
            client.send("Runtime.enable", "{}");
            client.send("Debugger.enable", "{}");
            client.send("Runtime.runIfWaitingForDebugger", "{}");
            Map<String, Object> paused = client.event("Debugger.paused");
            assertEquals(0, line(paused), "suspended at the first line");
            String url = scriptUrl(client, script);

            client.send("Debugger.setBreakpointByUrl", "{\"lineNumber\":7,\"url\":" + Json.quote(url) + "}");
            client.send("Debugger.resume", "{}");
            paused = client.event("Debugger.paused");
            assertEquals(7, line(paused), "stopped at the breakpoint in compute");
            assertTrue(String.valueOf(Json.at(paused, "callFrames", 0, "functionName")).contains("compute"));
            Map<String, Object> locals = locals(client, paused);
            assertEquals(3.0, locals.get("a"), "locals of compute: " + locals + " in " + paused);
            assertEquals(4.0, locals.get("b"));

            Map<String, Object> evaluated = client.send("Debugger.evaluateOnCallFrame", "{\"callFrameId\":"
                            + Json.quote((String) Json.at(paused, "callFrames", 0, "callFrameId"))
                            + ",\"expression\":\"a * 10 + b\"}");
            assertEquals(34L, Json.at(evaluated, "result", "value"), "evaluated in the paused frame: " + evaluated);

            client.send("Debugger.stepOver", "{}");
            paused = client.event("Debugger.paused");
            assertEquals(8, line(paused), "stepped over to the next line");
            assertEquals(7.0, locals(client, paused).get("total"));

            client.send("Debugger.stepInto", "{}");
            paused = client.event("Debugger.paused");
            assertEquals(3, line(paused), "stepped into helper");
            assertTrue(String.valueOf(Json.at(paused, "callFrames", 0, "functionName")).contains("helper"));
            assertEquals(7.0, locals(client, paused).get("v"));

            client.send("Debugger.setBreakpointByUrl", "{\"lineNumber\":12,\"url\":" + Json.quote(url) + "}");
            client.send("Debugger.resume", "{}");
            paused = client.event("Debugger.paused");
            assertEquals(12, line(paused), "stopped in worker, on the second thread");
            assertEquals(7.0, locals(client, paused).get("n"));

            client.send("Debugger.resume", "{}");
            assertTrue(process.waitFor(DevToolsClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the program ends");
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("result 15\n"), output);
    }

    /** A generator whose body has a breakpoint, and a frame whose variable the debugger sets. */
    private static final String GENERATOR_PROGRAM = """
                    def gen(n):
                        for i in range(n):
                            step = i * 10
                            yield step

                    def main():
                        x = 5
                        y = x + 1
                        total = sum(gen(3))
                        return x, y, total

                    print("main", main())
                    """;

    @Test
    void generatorBreakpointAfterResumeAndSetVariableValue() throws Exception {
        Path script = dir.resolve("generator.py");
        Files.writeString(script, GENERATOR_PROGRAM);
        int port = freePort();
        Path log = dir.resolve("inspector.log");
        Process process = start(script, port, log);
        try (DevToolsClient client = DevToolsClient.connect("ws://127.0.0.1:" + port + "/taipan-inspector-test")) {
            client.send("Runtime.enable", "{}");
            client.send("Debugger.enable", "{}");
            client.send("Runtime.runIfWaitingForDebugger", "{}");
            client.event("Debugger.paused");
            String url = scriptUrl(client, script);
            client.send("Debugger.setBreakpointByUrl", "{\"lineNumber\":7,\"url\":" + Json.quote(url) + "}");
            client.send("Debugger.setBreakpointByUrl", "{\"lineNumber\":2,\"url\":" + Json.quote(url) + "}");
            client.send("Debugger.resume", "{}");

            Map<String, Object> paused = client.event("Debugger.paused");
            assertEquals(7, line(paused), "stopped in main before y = x + 1");
            assertEquals(5.0, locals(client, paused).get("x"));
            Map<String, Object> set = client.send("Debugger.setVariableValue", "{\"scopeNumber\":0,"
                            + "\"variableName\":\"x\",\"newValue\":{\"value\":41},\"callFrameId\":"
                            + Json.quote((String) Json.at(paused, "callFrames", 0, "callFrameId")) + "}");
            assertTrue(set.isEmpty(), "setVariableValue succeeded: " + set);
            assertEquals(41.0, locals(client, paused).get("x"), "the scope shows the new value");

            for (int i = 0; i < 3; i++) {
                client.send("Debugger.resume", "{}");
                paused = client.event("Debugger.paused");
                assertEquals(2, line(paused), "the generator's breakpoint, iteration " + i);
                assertEquals((double) i, locals(client, paused).get("i"), "resumed after yield " + i);
            }
            client.send("Debugger.resume", "{}");
            assertTrue(process.waitFor(DevToolsClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the program ends");
        } finally {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("main (41, 42, 30)\n"), "the program ran on with x = 41: " + output);
    }

    /** {@code bin/taipan --inspect=PORT --inspect.Path=... --inspect.Suspend=true script}, output into {@code log}. */
    private static Process start(Path script, int port, Path log) throws IOException, InterruptedException {
        String launcher = Path.of(System.getProperty("taipan.dist", "../component/target/taipan"), "bin/taipan")
                        .toAbsolutePath().toString();
        Process process = new ProcessBuilder(launcher, "--inspect=" + port, "--inspect.Path=taipan-inspector-test",
                        "--inspect.Suspend=true", script.toString()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
        long deadline = System.nanoTime() + DevToolsClient.TIMEOUT.toNanos();
        while (!Files.readString(log).contains("Debugger listening on ws://127.0.0.1:" + port + "/taipan-inspector-test")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not print the DevTools URL: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return process;
    }

    /** The URL the inspector gave the script (a file: URL of its path). */
    private static String scriptUrl(DevToolsClient client, Path script) {
        for (Map<String, Object> parsed : client.drainEvents("Debugger.scriptParsed")) {
            String url = String.valueOf(Json.at(parsed, "params", "url"));
            if (url.endsWith(script.getFileName().toString())) {
                return url;
            }
        }
        throw new AssertionError("the inspector did not announce " + script);
    }

    private static int line(Map<String, Object> paused) {
        Object line = Json.at(paused, "callFrames", 0, "location", "lineNumber");
        assertNotNull(line, "a paused event with a location: " + paused);
        return ((Number) line).intValue();
    }

    /** The innermost scope's variables: name to value (numbers as doubles, others as their description). */
    private static Map<String, Object> locals(DevToolsClient client, Map<String, Object> paused)
                    throws InterruptedException {
        String objectId = (String) Json.at(paused, "callFrames", 0, "scopeChain", 0, "object", "objectId");
        assertNotNull(objectId, "a local scope: " + paused);
        Map<String, Object> properties = client.send("Runtime.getProperties",
                        "{\"objectId\":" + Json.quote(objectId) + ",\"ownProperties\":true}");
        Map<String, Object> result = new HashMap<>();
        for (Object p : (List<?>) properties.get("result")) {
            Object value = Json.at(p, "value", "value") instanceof Number n ? n.doubleValue() : Json.at(p, "value", "value");
            result.put((String) Json.at(p, "name"), value != null ? value : Json.at(p, "value", "description"));
        }
        return result;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
