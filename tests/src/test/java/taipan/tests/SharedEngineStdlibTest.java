package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stdlib code run by several contexts of one shared Engine, as ConformanceTest runs the corpus: the bundled
 * modules' nodes are shared, so a node that kept a per-context object from the first run breaks the second, and
 * a built-in's node specialised by one program (reversed of bytes) must still serve the next (an OrderedDict).
 */
class SharedEngineStdlibTest {

    private static InProcessRunner runner;

    @BeforeAll
    static void start() {
        runner = new InProcessRunner();
    }

    @AfterAll
    static void finish() {
        runner.close();
    }

    private static final String PROGRAM = """
                    from collections import OrderedDict, defaultdict
                    print(list(reversed(b"ab")))
                    import typing
                    a = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
                    a.move_to_end("x")
                    print(list(reversed(a)), list(reversed(a.keys())), list(reversed({"p": 1, "q": 2})))
                    UserId = typing.NewType("UserId", int)
                    print(UserId(5), repr(defaultdict(list, k=[1])))
                    """;

    private static final String EXPECTED = "[98, 97]\n['x', 'z', 'y'] ['x', 'z', 'y'] ['q', 'p']\n"
                    + "5 defaultdict(<class 'list'>, {'k': [1]})\n";

    @Test
    void reversedOfAnOrderedDictInEveryContext(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path script = Files.writeString(folder.resolve("001_reversed.py"), PROGRAM);
        CorpusProgram program = new CorpusProgram("shared", "001_reversed", script);
        for (int run = 1; run <= 3; run++) {
            ProgramResult result = runner.run(program, TestEnvironment.programTimeout());
            assertEquals(EXPECTED, result.stdout() + result.stderr(), "run " + run);
        }
    }
}
