package taipan.runtime.list;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs a Python program on the reference CPython 3.13 and returns its output lines (skips the test if absent). */
public final class CPython {
    private CPython() {
    }

    public static List<String> run(String program) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("user.dir"));
        Path oracle = dir.resolve("../../shared/oracle/cpython313").normalize();
        if (!Files.exists(oracle)) {
            oracle = dir.resolve("../shared/oracle/cpython313").normalize();
        }
        Assumptions.assumeTrue(Files.isExecutable(oracle), "reference CPython not found at " + oracle);
        Path script = Files.createTempFile("taipan-containers", ".py");
        Files.writeString(script, program);
        Process p = new ProcessBuilder(oracle.toString(), script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("reference CPython failed: " + out);
        }
        Files.deleteIfExists(script);
        return out.lines().toList();
    }
}
