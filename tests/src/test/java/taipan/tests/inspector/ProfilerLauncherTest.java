package taipan.tests.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/taipan --cpusampler} and {@code --cputracer} print profiles whose entries name Python functions by
 * their qualified names, with the file and lines they come from.
 */
class ProfilerLauncherTest {

    private static final String PROGRAM = """
                    import time

                    class Spinner:
                        def spin(self, seconds):
                            end = time.time() + seconds
                            count = 0
                            while time.time() < end:
                                count += 1
                            return count

                    def run():
                        return Spinner().spin(1.0) > 0

                    print(run())
                    """;

    @TempDir Path dir;

    @Test
    void samplerNamesPythonFunctions() throws Exception {
        String output = profile("--cpusampler", "--cpusampler.Period=1");
        assertTrue(output.contains("True\n"), output);
        assertTrue(output.contains("Spinner.spin"), "the sampler names the method by its qualname: " + output);
        assertTrue(output.contains("spin_it.py~4-9"), "with the file and the method's lines: " + output);
    }

    @Test
    void tracerCountsPythonFunctions() throws Exception {
        String output = profile("--cputracer");
        assertTrue(output.contains("True\n"), output);
        assertTrue(output.lines().anyMatch(l -> l.contains(" Spinner.spin ") && l.contains(" 1 ")
                        && l.contains("spin_it.py~4-9")), "one call of Spinner.spin: " + output);
        assertTrue(output.lines().anyMatch(l -> l.contains(" run ") && l.contains("spin_it.py~11-12")), output);
    }

    /** Runs the program with {@code options}; returns stdout then stderr. */
    private String profile(String... options) throws IOException, InterruptedException {
        Path script = dir.resolve("spin_it.py");
        Files.writeString(script, PROGRAM);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("taipan.dist", "../component/target/taipan"), "bin/taipan")
                        .toAbsolutePath().toString());
        command.addAll(List.of(options));
        command.add(script.toString());
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the program finishes");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
