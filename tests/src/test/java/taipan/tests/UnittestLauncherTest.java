package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/taipan -m unittest} on a small test package (resource {@code unittest_sample}: two test modules with
 * passing, failing, erroring, skipped, expected-failure and sub-tests), checked against what CPython's
 * {@code python -m unittest} reports for the same package, computed now with the reference interpreter.
 */
class UnittestLauncherTest {

    private static final Duration LIMIT = Duration.ofSeconds(300);
    private static final Map<String, String> NO_BYTECODE = Map.of("PYTHONDONTWRITEBYTECODE", "1");

    @TempDir
    Path dir;

    private Path oracle;

    @BeforeEach
    void copySample() throws IOException {
        oracle = TestEnvironment.shared().resolve("oracle/cpython313");
        Path sample = TestEnvironment.testsDir().resolve("src/test/resources/unittest_sample");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve("unittest_sample").resolve(sample.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void discoversThePackageInTheCurrentFolder() {
        Path cwd = dir.resolve("unittest_sample");
        Outcome ours = Outcome.of(ProcessRunner.taipan(cwd, LIMIT, NO_BYTECODE, "-m", "unittest", "-v"));
        assertEquals("FAILED (failures=2, errors=1, skipped=2, expected failures=1, unexpected successes=1)",
                        ours.summary, ours.raw);
        assertEquals("Ran 12 tests", ours.ran, ours.raw);
        assertEquals(1, ours.status, ours.raw);
        assertMatchesCPython(cwd, ours, "-v");
    }

    @Test
    void discoverWithAStartFolder() {
        Outcome ours = Outcome.of(ProcessRunner.taipan(dir, LIMIT, NO_BYTECODE, "-m", "unittest", "discover", "-s",
                        "unittest_sample", "-v"));
        assertEquals("Ran 12 tests", ours.ran, ours.raw);
        assertMatchesCPython(dir, ours, "discover", "-s", "unittest_sample", "-v");
    }

    @Test
    void aPassingClassByNameExitsZero() {
        Path cwd = dir.resolve("unittest_sample");
        Outcome ours = Outcome.of(ProcessRunner.taipan(cwd, LIMIT, NO_BYTECODE, "-m", "unittest",
                        "sample_tests.test_strings.HelperTests"));
        assertEquals("OK", ours.summary, ours.raw);
        assertEquals("Ran 1 test", ours.ran, ours.raw);
        assertEquals(0, ours.status, ours.raw);
        assertMatchesCPython(cwd, ours, "sample_tests.test_strings.HelperTests");
    }

    /** CPython's {@code python -m unittest ARGS} in the same folder: the same tests, results, counts and status. */
    private void assertMatchesCPython(Path cwd, Outcome ours, String... args) {
        assumeTrue(Files.isExecutable(oracle), "no reference interpreter at " + oracle);
        // the reference runs files or -c only: -c runs what unittest/__main__.py runs for -m
        StringBuilder argv = new StringBuilder("['python -m unittest'");
        for (String arg : args) {
            argv.append(", '").append(arg).append('\'');
        }
        String code = "import sys, unittest; sys.argv = " + argv + "]; unittest.main(module=None)";
        Outcome theirs = Outcome.of(ProcessRunner.run(cwd, LIMIT, NO_BYTECODE, oracle.toString(), "-c", code));
        assertTrue(theirs.ran.startsWith("Ran "), theirs.raw);
        assertEquals(theirs.results, ours.results, ours.raw);
        assertEquals(theirs.ran, ours.ran, ours.raw);
        assertEquals(theirs.summary, ours.summary, ours.raw);
        assertEquals(theirs.status, ours.status, ours.raw);
    }

    /** What a unittest run reports on stderr: per-test result lines and failure headers, the count, the summary. */
    private record Outcome(List<String> results, String ran, String summary, int status, String raw) {
        static Outcome of(ProgramResult result) {
            List<String> lines = result.stderr().lines().toList();
            List<String> results = lines.stream().filter(l -> l.contains(" ... ") || l.startsWith("FAIL: ")
                            || l.startsWith("ERROR: ") || l.startsWith("UNEXPECTED SUCCESS: ")).sorted().toList();
            String ran = lines.stream().filter(l -> l.startsWith("Ran ")).map(l -> l.replaceAll(" in .*", ""))
                            .findFirst().orElse("");
            List<String> nonEmpty = lines.stream().filter(l -> !l.isBlank()).toList();
            String summary = nonEmpty.isEmpty() ? "" : nonEmpty.get(nonEmpty.size() - 1);
            return new Outcome(results, ran, summary, result.status(), result.stdout() + result.stderr());
        }
    }
}
