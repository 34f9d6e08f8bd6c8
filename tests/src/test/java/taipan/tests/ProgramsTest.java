package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own behaviour programs, {@code src/test/resources/programs/AREA/NNN_name.py}, each with the output CPython
 * 3.13 gives for it ({@code NAME.out}, and {@code NAME.err}/{@code NAME.rc} where it ends in an uncaught exception),
 * recorded by {@code programs/expect.sh} from the reference interpreter. Unlike the shared corpus, every program
 * here must pass: they pin what the interpreter already does, area by area, in smaller steps than the corpus.
 */
class ProgramsTest {

    private static InProcessRunner runner;

    @BeforeAll
    static void start() {
        runner = new InProcessRunner();
    }

    @AfterAll
    static void finish() {
        runner.close();
    }

    static Path programs() {
        return TestEnvironment.testsDir().resolve("src/test/resources/programs");
    }

    @TestFactory
    Stream<DynamicTest> programsMatchCPython() {
        List<CorpusProgram> all = CorpusProgram.all(programs());
        assertFalse(all.isEmpty(), "no programs under " + programs());
        return all.stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            String why = p.mismatch(runner.run(p, TestEnvironment.programTimeout()));
            assertNull(why, () -> p.id() + ": " + why);
        }));
    }
}
