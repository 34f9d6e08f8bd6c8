package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance corpus run in-process, one dynamic test per program, grouped by area. A program on
 * {@code expected-pass.txt} must match CPython exactly; any other program runs too, and passing ones are reported so
 * the list can grow, while failing ones show as skipped.
 */
class ConformanceTest {

    private static InProcessRunner runner;
    private static ExpectedPassList expected;
    private static ConformanceReport report;
    private static long deadline;

    @BeforeAll
    static void start() {
        deadline = System.nanoTime() + TestEnvironment.unlistedBudget(Duration.ofSeconds(480)).toNanos();
        runner = new InProcessRunner();
        expected = ExpectedPassList.load();
        report = new ConformanceReport("in-process", expected);
    }

    @AfterAll
    static void finish() {
        report.finish(TestEnvironment.updateExpectedPassList());
        runner.close();
    }

    /** The JIT must be live in the test JVM: Truffle's optimizing runtime, not the interpreter-only fallback. */
    @Test
    void runsWithTheOptimizingRuntime() {
        assertNotEquals("Interpreted", runner.engine().getImplementationName());
        assertFalse(runner.engineLog().contains("fallback runtime"), runner.engineLog());
    }

    /**
     * The harness itself works: a program written here runs in-process from its folder with its argv, its output
     * is captured and compared, so a broken harness cannot hide behind "not expected to pass yet".
     */
    @Test
    void harnessRunsAProgram(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("harness"));
        Path script = Files.writeString(folder.resolve("001_hello.py"), "print('hello', 6 * 7)\n");
        Files.writeString(folder.resolve("001_hello.out"), "hello 42\n");
        CorpusProgram program = new CorpusProgram("harness", "001_hello", script);
        ProgramResult result = runner.run(program, TestEnvironment.programTimeout());
        assertNull(program.mismatch(result), () -> result.toString());
        Files.writeString(folder.resolve("001_hello.out"), "something else\n");
        assertNotNull(program.mismatch(result));
    }

    /** Every entry of the list names a program that exists, so a renamed program cannot silently drop out. */
    @Test
    void expectedPassListNamesExistingPrograms() {
        assumeTrue(TestEnvironment.corpusPresent(), "no conformance corpus at " + TestEnvironment.corpus());
        List<String> ids = CorpusProgram.all(TestEnvironment.corpus()).stream().map(CorpusProgram::id).toList();
        for (String entry : expected.entries()) {
            assertTrue(ids.contains(entry), "expected-pass.txt names " + entry + ", which is not in the corpus");
        }
    }

    @TestFactory
    Stream<DynamicContainer> corpus() {
        assumeTrue(TestEnvironment.corpusPresent(), "no conformance corpus at " + TestEnvironment.corpus());
        Map<String, List<CorpusProgram>> byArea = new TreeMap<>();
        for (CorpusProgram program : CorpusProgram.all(TestEnvironment.corpus())) {
            byArea.computeIfAbsent(program.area(), a -> new ArrayList<>()).add(program);
        }
        return byArea.entrySet().stream().map(area -> DynamicContainer.dynamicContainer(area.getKey(),
                        area.getValue().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> check(p)))));
    }

    private static void check(CorpusProgram program) {
        boolean listed = expected.contains(program.id());
        if (!listed && System.nanoTime() - deadline > 0) {
            report.notRun();
            abort("not run: the time budget for programs not on expected-pass.txt is spent");
        }
        String why = program.mismatch(runner.run(program, TestEnvironment.programTimeout()));
        report.record(program.id(), why == null);
        if (listed) {
            assertNull(why, () -> program.id() + " is on expected-pass.txt but fails: " + why);
        } else if (why != null) {
            abort("not expected to pass yet: " + why);
        }
    }
}
