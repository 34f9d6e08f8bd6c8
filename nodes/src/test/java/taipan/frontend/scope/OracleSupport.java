package taipan.frontend.scope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Finds test resources and runs a script under the reference CPython ({@code ../shared/oracle/cpython313}). */
public final class OracleSupport {

    private OracleSupport() {
    }

    /** The repository root: the nearest ancestor of the working directory holding both pom.xml and nodes/. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("nodes")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** A directory of test resources, by path under nodes/src/test/resources. */
    public static Path resource(String relative) {
        return repoRoot().resolve("nodes/src/test/resources").resolve(relative);
    }

    /** Runs {@code script dir out} under the oracle (skipping the test when it is absent) and returns out's text. */
    public static String runOracle(Path script, Path dir, String... extra) throws IOException, InterruptedException {
        Path oracle = repoRoot().resolve("../shared/oracle/cpython313").normalize();
        Assumptions.assumeTrue(Files.isExecutable(oracle), "reference CPython not found at " + oracle);
        Path out = Files.createTempFile("taipan-oracle", ".json");
        try {
            List<String> cmd = new ArrayList<>(List.of(oracle.toString(), script.toString(), dir.toString(),
                            out.toString()));
            cmd.addAll(List.of(extra));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(900, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("oracle timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("oracle failed with exit code " + p.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
