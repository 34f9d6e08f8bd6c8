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
    void inspectReadsEntriesFromAPipeAfterTheProgram() throws IOException {
        Path entries = dir.resolve("entries.txt");
        Files.writeString(entries, "def f(a):\n    return a * x\n\nf(2)\n1/0\nprint('after')\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, Map.of(), entries.toFile(), "-i", "-c", "x = 21");
        assertEquals("42\nafter\n", result.stdout());
        // the prompts go to stderr, as CPython's REPL writes them when stdin is no terminal; no banner after -c
        assertTrue(result.stderr().startsWith(">>> ... ... >>> >>> Traceback (most recent call last):\n"
                        + "  File \"<stdin>\", line 1, in <module>\n"), result.stderr());
        assertTrue(result.stderr().endsWith("ZeroDivisionError: division by zero\n>>> >>> \n"), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void systemExitLeavesTheRepl() throws IOException {
        Path entries = dir.resolve("exit.txt");
        Files.writeString(entries, "import sys\nsys.exit(7)\nprint('not reached')\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, Map.of(), entries.toFile(), "-i", "-q");
        assertEquals("", result.stdout());
        assertEquals(7, result.status());
    }

    @Test
    void startupFileRunsInMainBeforeTheFirstEntryAndAMissingOneIsReported() throws IOException {
        Path startup = dir.resolve("startup.py");
        Files.writeString(startup, "x = 5\nimport sys\n");
        Path entries = dir.resolve("startup-entries.txt");
        Files.writeString(entries, "print(x * 2, sys.version_info[0])\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHONSTARTUP", startup.toString()),
                        entries.toFile(), "-i", "-q");
        assertEquals("10 3\n", result.stdout(), result.stderr());
        ProgramResult missing = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHONSTARTUP", dir.resolve("none.py").toString()),
                        entries.toFile(), "-i", "-q");
        assertTrue(missing.stderr().contains("NameError: name 'x' is not defined"), missing.stderr());
        assertTrue(missing.stderr().startsWith("Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file"
                        + " or directory: '" + dir.resolve("none.py") + "'\n"), missing.stderr());
    }

    @Test
    void forcedColourTracebackMatchesCPython() {
        Path oracle = TestEnvironment.shared().resolve("oracle/cpython313-native");
        assumeTrue(Files.isExecutable(oracle), "no reference interpreter at " + oracle);
        ProgramResult ours = ProcessRunner.taipan(dir, LIMIT, Map.of("FORCE_COLOR", "1"), "-c", "1/0");
        ProgramResult theirs = ProcessRunner.run(dir, LIMIT, Map.of("FORCE_COLOR", "1"), oracle.toString(), "-c", "1/0");
        assertEquals(theirs.stderr(), ours.stderr());
        ProgramResult plain = ProcessRunner.taipan(dir, LIMIT, Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"), "-c", "1/0");
        assertFalse(plain.stderr().contains("\u001b["), plain.stderr());
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

    /** {@code -X jit=0} and {@code PYTHON_JIT=0} switch Graal compilation off; by default code is compiled. */
    @Test
    void jitSwitch() {
        String[] trace = {"--engine.TraceCompilation=true", "--engine.CompileImmediately=true",
            "--engine.BackgroundCompilation=false"};
        ProgramResult on = taipan(concat(trace, "-c", "print(5)"));
        assumeImplemented(on);
        assertEquals("5\n", on.stdout(), on.stderr());
        assertTrue(on.stderr().contains("opt done"), on.stderr());
        ProgramResult off = taipan(concat(trace, "-X", "jit=0", "-c", "print(5)"));
        assertEquals("5\n", off.stdout(), off.stderr());
        assertFalse(off.stderr().contains("opt done"), off.stderr());
        ProgramResult env = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHON_JIT", "0"), concat(trace, "-c", "print(5)"));
        assertFalse(env.stderr().contains("opt done"), env.stderr());
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void commandSeesItsArguments() {
        ProgramResult result = taipan("-c", "import sys; print(sys.argv)", "a", "-b", "--c");
        assumeImplemented(result);
        assertEquals("['-c', 'a', '-b', '--c']\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void scriptSeesItsArguments() throws IOException {
        Files.writeString(dir.resolve("args.py"), "import sys\nprint(sys.argv)\n");
        ProgramResult result = taipan("args.py", "one", "-X");
        assumeImplemented(result);
        assertEquals("['args.py', 'one', '-X']\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    /** A program piped in on stdin runs as {@code <stdin>}, with {@code -} or with no program argument at all. */
    @Test
    void programFromStdin() throws IOException {
        Path program = Files.writeString(dir.resolve("in.txt"), "print(6 * 7)\n");
        ProgramResult dash = ProcessRunner.taipan(dir, LIMIT, Map.of(), program.toFile(), "-");
        assumeImplemented(dash);
        assertEquals("42\n", dash.stdout(), dash.stderr());
        assertEquals(0, dash.status());
        ProgramResult implicit = ProcessRunner.taipan(dir, LIMIT, Map.of(), program.toFile());
        assertEquals("42\n", implicit.stdout(), implicit.stderr());
        Files.writeString(program, "print(undefined_name)\n");
        ProgramResult error = ProcessRunner.taipan(dir, LIMIT, Map.of(), program.toFile(), "-");
        assertTrue(error.stderr().contains("  File \"<stdin>\", line 1, in <module>\n"), error.stderr());
        assertEquals(1, error.status());
    }

    @Test
    void systemExitStatus() {
        ProgramResult three = taipan("-c", "raise SystemExit(3)");
        assumeImplemented(three);
        assertEquals(3, three.status(), three.stderr());
        ProgramResult none = taipan("-c", "raise SystemExit");
        assertEquals(0, none.status(), none.stderr());
        ProgramResult message = taipan("-c", "raise SystemExit('bye')");
        assertEquals("bye\n", message.stderr());
        assertEquals(1, message.status());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAfterStdout() throws IOException {
        Files.writeString(dir.resolve("boom.py"), "def f():\n    return 1 / 0\n\nprint('before')\nf()\n");
        ProgramResult result = taipan("boom.py");
        assumeImplemented(result);
        assertEquals("before\n", result.stdout());
        String err = result.stderr();
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.contains("  File \"" + dir.resolve("boom.py") + "\", line 5, in <module>\n    f()\n"), err);
        assertTrue(err.contains(", line 2, in f\n    return 1 / 0\n"), err);
        assertTrue(err.endsWith("ZeroDivisionError: division by zero\n"), err);
        assertEquals(1, result.status());
    }

    @Test
    void uncaughtJavaExceptionPrintsPythonTraceback() throws IOException {
        Files.writeString(dir.resolve("host.py"), "import java\n\ndef parse(s):\n"
                        + "    return java.type('java.lang.Integer').parseInt(s)\n\nparse('y')\n");
        ProgramResult result = taipan("host.py");
        String err = result.stderr();
        assertNoJavaTrace(result);
        assertFalse(err.contains("internal error"), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.contains("  File \"" + dir.resolve("host.py") + "\", line 6, in <module>\n"), err);
        assertTrue(err.contains(", line 4, in parse\n"), err);
        assertTrue(err.endsWith("polyglot.ForeignException: For input string: \"y\"\n"), err);
        assertEquals(1, result.status());
    }

    @Test
    void syntaxErrorInCommand() {
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

    /**
     * Skips a test whose program uses what the language does not run yet: it says so with a "not supported" error
     * (or cannot run code at all). Once the language runs the program, the test's assertions apply.
     */
    private static void assumeImplemented(ProgramResult result) {
        String err = result.stderr();
        assumeTrue(!err.contains("not support") && !err.contains("taipan: internal error"),
                        "the language does not run this yet: " + err.strip());
    }
}
