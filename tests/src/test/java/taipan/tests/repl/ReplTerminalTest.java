package taipan.tests.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taipan.tests.TestEnvironment;

/**
 * The REPL as a person uses it, on a real pseudo-terminal (tmux): a multi-line function typed and called, a coloured
 * traceback, history kept across sessions, Ctrl-C of a running loop, tab completion. Each test waits for what it
 * expects to appear on the screen (start-up included) rather than for a fixed time.
 */
class ReplTerminalTest {

    /** Start-up on a loaded 2-core CI machine can take a while; everything after it is quick. */
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);
    /** capture-pane drops the trailing blanks of each line, so a prompt alone on its line is ">>>". */
    private static final String PROMPT = ">>>";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed: the REPL's terminal tests need it to make a pseudo-terminal");
    }

    private Tmux repl(Path history) {
        String launcher = TestEnvironment.launcher().toString();
        Tmux tmux = Tmux.start("cd '" + dir + "' && '" + launcher + "'", Map.of("PYTHON_HISTORY", history.toString(),
                        "TERM", "xterm-256color"));
        tmux.waitFor(PROMPT, 1, START);
        return tmux;
    }

    @Test
    void multiLineFunctionIsOneEntry() {
        try (Tmux tmux = repl(dir.resolve("history"))) {
            tmux.type("def twice(x):");
            tmux.send("Enter");
            tmux.waitFor("...", 1, STEP);
            tmux.type("    return x * 2");
            tmux.send("Enter", "Enter");
            tmux.waitFor(PROMPT, 2, STEP);
            tmux.type("twice(21)");
            tmux.send("Enter");
            String screen = tmux.waitFor("\n42\n", 1, STEP);
            assertTrue(screen.contains(">>> def twice(x):\n...     return x * 2\n"), screen);
            tmux.type("_ + 1");
            tmux.send("Enter");
            tmux.waitFor("\n43\n", 1, STEP);
        }
    }

    @Test
    void errorShowsColouredTraceback() {
        try (Tmux tmux = repl(dir.resolve("history"))) {
            tmux.type("1/0");
            tmux.send("Enter");
            String screen = tmux.waitFor("ZeroDivisionError: division by zero", 1, STEP);
            assertTrue(screen.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"),
                            screen);
            tmux.waitFor(PROMPT, 2, STEP);
            String coloured = tmux.screen(true);
            // tmux re-encodes the colours cell by cell; the magenta file name and type are what CPython 3.13 shows
            assertTrue(coloured.contains("\u001b[35m\"<stdin>\""), coloured);
            assertTrue(coloured.contains("\u001b[35mZeroDivisionError"), coloured);
            assertTrue(coloured.contains("\u001b[31m~"), coloured);
        }
    }

    @Test
    void historySurvivesARestart() throws IOException {
        Path history = dir.resolve("history");
        try (Tmux tmux = repl(history)) {
            tmux.type("for i in range(3):");
            tmux.send("Enter");
            tmux.type("    print('item', i)");
            tmux.send("Enter", "Enter");
            tmux.waitFor("item 2", 1, STEP);
            tmux.waitFor(PROMPT, 2, STEP);
            tmux.send("C-d");
            tmux.waitFor("[exit 0]", 1, STEP);
        }
        assertTrue(Files.readString(history).contains("range(3)"), Files.readString(history));
        try (Tmux tmux = repl(history)) {
            tmux.send("Up");
            String screen = tmux.waitFor("print('item', i)", 1, STEP);
            assertTrue(screen.contains(">>> for i in range(3):"), screen);
            // the recalled block is back in the editor as one buffer; a blank line ends it, as when it was typed
            tmux.send("Enter", "Enter");
            tmux.waitFor("item 2", 1, STEP);
        }
    }

    @Test
    void ctrlCInterruptsARunningLoopAndKeepsTheSession() {
        try (Tmux tmux = repl(dir.resolve("history"))) {
            tmux.type("n = 0");
            tmux.send("Enter");
            tmux.waitFor(PROMPT, 2, STEP);
            tmux.type("while True: n += 1");
            tmux.send("Enter", "Enter");
            tmux.waitFor("...", 1, STEP);
            sleepQuietly(1000);
            tmux.send("C-c");
            String screen = tmux.waitFor("KeyboardInterrupt", 1, STEP);
            assertTrue(screen.contains("File \"<stdin>\", line 1, in <module>"), screen);
            tmux.waitFor(PROMPT, 3, STEP);
            tmux.type("n > 0");
            tmux.send("Enter");
            tmux.waitFor("\nTrue\n", 1, STEP);
            // Ctrl-C while typing cancels the line only
            tmux.type("abandoned");
            tmux.send("C-c");
            tmux.waitFor("KeyboardInterrupt", 2, STEP);
            tmux.type("'still here'");
            tmux.send("Enter");
            assertFalse(tmux.waitFor("'still here'\n", 1, STEP).contains("[exit"));
        }
    }

    @Test
    void tabCompletesNamesAndAttributes() {
        try (Tmux tmux = repl(dir.resolve("history"))) {
            tmux.type("import string");
            tmux.send("Enter");
            tmux.waitFor(PROMPT, 2, STEP);
            tmux.type("string.ascii_lo");
            tmux.send("Tab");
            tmux.waitFor("string.ascii_lowercase", 1, STEP);
            tmux.send("Enter");
            tmux.waitFor("'abcdefghijklmnopqrstuvwxyz'", 1, STEP);
            tmux.type("isinst");
            tmux.send("Tab");
            tmux.waitFor("isinstance", 1, STEP);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
