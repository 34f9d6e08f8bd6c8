package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A sample of the corpus ({@code launcher-sample.txt}) run through {@code bin/taipan} as separate processes, exactly
 * as {@code shared/conformance/run.sh} runs them: from the program's folder, {@code taipan NAME.py}. Programs on
 * {@code expected-pass.txt} must pass here too.
 */
class ProcessConformanceTest {

    private static ExpectedPassList expected;
    private static ConformanceReport report;
    private static long deadline;

    @BeforeAll
    static void start() {
        deadline = System.nanoTime() + TestEnvironment.unlistedBudget(Duration.ofSeconds(180)).toNanos();
        expected = ExpectedPassList.load();
        report = new ConformanceReport("bin-taipan", expected);
    }

    @AfterAll
    static void finish() {
        report.finish(false);
    }

    @Test
    void sampleNamesExistingPrograms() {
        assumeTrue(TestEnvironment.corpusPresent(), "no conformance corpus at " + TestEnvironment.corpus());
        Map<String, CorpusProgram> programs = programs();
        for (String id : sample()) {
            assertTrue(programs.containsKey(id), "launcher-sample.txt names " + id + ", which is not in the corpus");
        }
    }

    @TestFactory
    Stream<DynamicTest> sampleThroughTheLauncher() {
        assumeTrue(TestEnvironment.corpusPresent(), "no conformance corpus at " + TestEnvironment.corpus());
        Map<String, CorpusProgram> programs = programs();
        return sample().stream().filter(programs::containsKey).map(programs::get)
                        .map(p -> DynamicTest.dynamicTest(p.id(), () -> check(p)));
    }

    private static void check(CorpusProgram program) {
        boolean listed = expected.contains(program.id());
        if (!listed && System.nanoTime() - deadline > 0) {
            report.notRun();
            abort("not run: the time budget for programs not on expected-pass.txt is spent");
        }
        ProgramResult result = ProcessRunner.taipan(program.folder(), TestEnvironment.programTimeout(),
                        program.script().getFileName().toString());
        String why = program.mismatch(result);
        report.record(program.id(), why == null);
        if (listed) {
            assertNull(why, () -> program.id() + " is on expected-pass.txt but fails through bin/taipan: " + why);
        } else if (why != null) {
            abort("not expected to pass yet: " + why);
        }
    }

    private static Map<String, CorpusProgram> programs() {
        return CorpusProgram.all(TestEnvironment.corpus()).stream()
                        .collect(Collectors.toMap(CorpusProgram::id, Function.identity()));
    }

    private static List<String> sample() {
        Path file = TestEnvironment.testsDir().resolve("src/test/resources/conformance/launcher-sample.txt");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
