package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/taipan -m}, {@code sys.path} set-up and {@code PYTHONPATH}, as processes (what CPython does with them). */
class ImportLauncherTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void runsAModuleAsMain() throws IOException {
        write("tool.py", "import sys\nprint(__name__, __package__ == '', sys.argv[1:], sys.argv[0].endswith('tool.py'))\n"
                        + "print(sys.path[0] == __file__[:-len('/tool.py')])\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, "-m", "tool", "a", "-b");
        assertEquals("__main__ True ['a', '-b'] True\nTrue\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void runsAPackageMain() throws IOException {
        write("app/__init__.py", "print('init', __name__)\n");
        write("app/__main__.py", "from . import helper\nprint('main', __name__, __package__, helper.X)\n");
        write("app/helper.py", "X = 7\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, "-m", "app");
        assertEquals("init app\nmain __main__ app 7\n", result.stdout(), result.stderr());
        assertEquals(0, result.status());
    }

    @Test
    void missingModulesEndAsRunpyEndsThem() throws IOException {
        ProgramResult missing = ProcessRunner.taipan(dir, LIMIT, "-m", "no_such_tool");
        assertTrue(missing.stderr().endsWith(": No module named no_such_tool\n"), missing.stderr());
        assertEquals(1, missing.status());
        write("lib/__init__.py", "");
        ProgramResult noMain = ProcessRunner.taipan(dir, LIMIT, "-m", "lib");
        assertTrue(noMain.stderr().endsWith(
                        ": No module named lib.__main__; 'lib' is a package and cannot be directly executed\n"),
                        noMain.stderr());
        assertEquals(1, noMain.status());
    }

    @Test
    void pythonPathEntriesComeAfterTheScriptFolder() throws IOException {
        write("extra/extra_mod.py", "WHERE = 'extra'\n");
        write("main.py", "import sys, extra_mod\nprint(extra_mod.WHERE, sys.path.index(" + "'" + dir.resolve("extra")
                        + "'))\n");
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHONPATH", "extra"), "main.py");
        assertEquals("extra 1\n", result.stdout(), result.stderr());
        ProgramResult ignored = ProcessRunner.taipan(dir, LIMIT, Map.of("PYTHONPATH", "extra"), "-E", "main.py");
        assertTrue(ignored.stderr().contains("ModuleNotFoundError: No module named 'extra_mod'"), ignored.stderr());
    }
}
