package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/taipan} end to end, as a process: CPython's command line, exit statuses and error reports. */
class LauncherTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String USAGE = "usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    + "Try `taipan -h' for more information.\n";

    @TempDir
    Path dir;

    private ProgramResult taipan(String... args) {
        return ProcessRunner.taipan(dir, LIMIT, args);
    }

    @Test
    void versionFlags() {
        for (String flag : List.of("-V", "--version")) {
            ProgramResult result = taipan(flag);
            assertEquals("Python 3.13.2\n", result.stdout(), flag);
            assertEquals("", result.stderr(), flag);
            assertEquals(0, result.status(), flag);
        }
    }

    @Test
    void helpPrintsUsageAndOptions() {
        for (String flag : List.of("-h", "--help", "-?")) {
            ProgramResult result = taipan(flag);
            assertEquals(0, result.status(), flag);
            assertTrue(result.stdout().startsWith("usage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"),
                            result.stdout());
            assertTrue(result.stdout().contains("-X gil=0|1"), result.stdout());
            assertTrue(result.stdout().contains("-c cmd : program passed in as string"), result.stdout());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        ProgramResult result = taipan("-Z");
        assertEquals("Unknown option: -Z\n" + USAGE, result.stderr());
        assertEquals("", result.stdout());
        assertEquals(2, result.status());
        ProgramResult bundled = taipan("-uZ", "-c", "pass");
        assertEquals("Unknown option: -Z\n" + USAGE, bundled.stderr());
        assertEquals(2, bundled.status());
    }

    @Test
    void unknownLongOptionIsAUsageError() {
        ProgramResult result = taipan("--frobnicate");
        assertEquals("unknown option --frobnicate\n" + USAGE, result.stderr());
        assertEquals(2, result.status());
    }

    @Test
    void optionWithoutItsArgument() {
        for (String option : List.of("-c", "-X", "-W")) {
            ProgramResult result = taipan(option);
            assertEquals("Argument expected for the " + option + " option\n" + USAGE, result.stderr(), option);
            assertEquals(2, result.status(), option);
        }
    }

    @Test
    void missingScriptFile() {
        ProgramResult result = taipan("no_such_script.py", "arg");
        assertEquals("taipan: can't open file '" + dir.resolve("no_such_script.py")
                        + "': [Errno 2] No such file or directory\n", result.stderr());
        assertEquals("", result.stdout());
        assertEquals(2, result.status());
    }

    @Test
    void directoryWithoutMain() {
        ProgramResult result = taipan(dir.toString());
        assertEquals("taipan: can't find '__main__' module in '" + dir + "'\n", result.stderr());
        assertEquals(1, result.status());
    }

    @Test
    void badGilSettingIsFatal() {
        ProgramResult option = taipan("-X", "gil=2", "-c", "pass");
        assertTrue(option.stderr().startsWith("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be"),
                        option.stderr());
        assertEquals(1, option.status());
        ProgramResult env = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHON_GIL", "yes"), "-c", "pass");
        assertEquals(1, env.status(), env.stderr());
        // -E hides PYTHON_GIL, so the bad value no longer matters to the command line.
        ProgramResult ignored = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHON_GIL", "yes"), "-E", "-V");
        assertEquals(0, ignored.status(), ignored.stderr());
    }

    @Test
    void unsupportedModesSaySo() {
        for (List<String> args : List.of(List.of("-m", "json.tool"), List.of("-i", "-c", "pass"))) {
            ProgramResult result = taipan(args.toArray(String[]::new));
            assertTrue(result.stderr().contains("not supported yet"), result.stderr());
            assertEquals(2, result.status(), String.join(" ", args));
        }
    }

    @Test
    void unknownPolyglotOptionIsReportedBriefly() {
        ProgramResult result = taipan("--engine.NoSuchOption=1", "-c", "pass");
        assertTrue(result.stderr().startsWith("taipan: "), result.stderr());
        assertTrue(result.stderr().contains("engine.NoSuchOption"), result.stderr());
        assertNoJavaTrace(result);
        assertEquals(2, result.status());
    }

    /** Whatever the language can do yet, the user sees no Java stack trace and the JIT is not the fallback. */
    @Test
    void runningCodeNeverShowsJavaTraces() {
        for (String code : List.of("pass", "1/0", "x = (1", "raise SystemExit(3)")) {
            ProgramResult result = taipan("-c", code);
            assertNoJavaTrace(result);
            assertFalse(result.stderr().contains("fallback runtime"), result.stderr());
        }
    }

    @Test
    void commandSeesItsArguments() {
        assumeLanguageRuns("import sys");
        ProgramResult result = taipan("-c", "import sys; print(sys.argv)", "a", "-b", "--c");
        assertEquals("['-c', 'a', '-b', '--c']\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void scriptSeesItsArguments() throws IOException {
        assumeLanguageRuns("import sys");
        Files.writeString(dir.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        ProgramResult result = taipan("args.py", "one", "-X");
        assertEquals("['args.py', 'one', '-X']\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void systemExitStatus() {
        assumeLanguageRuns("pass");
        assertEquals(3, taipan("-c", "raise SystemExit(3)").status());
        assertEquals(0, taipan("-c", "raise SystemExit").status());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAfterStdout() throws IOException {
        assumeLanguageRuns("print(1)");
        Files.writeString(dir.resolve("boom.py"), "def f():\n    return 1 / 0\n\nprint('before')\nf()\n");
        ProgramResult result = taipan("boom.py");
        assertEquals("before\n", result.stdout());
        String err = result.stderr();
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.contains("  File \"" + dir.resolve("boom.py") + "\", line 5, in <module>\n    f()\n"), err);
        assertTrue(err.contains(", line 2, in f\n    return 1 / 0\n"), err);
        assertTrue(err.endsWith("ZeroDivisionError: division by zero\n"), err);
        assertEquals(1, result.status());
    }

    @Test
    void syntaxErrorInCommand() {
        assumeLanguageRuns("pass");
        ProgramResult result = taipan("-c", "x = (1 +* 2)");
        String[] lines = result.stderr().split("\n");
        assertEquals("  File \"<string>\", line 1", lines[0], result.stderr());
        assertEquals("    x = (1 +* 2)", lines[1], result.stderr());
        assertTrue(lines[lines.length - 1].startsWith("SyntaxError: "), result.stderr());
        assertEquals(1, result.status());
    }

    private static void assertNoJavaTrace(ProgramResult result) {
        assertFalse(result.stderr().contains("\tat "), result.stderr());
        assertFalse(result.stderr().contains("Exception in thread"), result.stderr());
    }

    /** Skips a test that needs the language to run code until the language can run {@code probe}. */
    private void assumeLanguageRuns(String probe) {
        ProgramResult result = taipan("-c", probe);
        assumeTrue(result.status() == 0, "the language cannot run `" + probe + "` yet: " + result.stderr().strip());
    }
}
