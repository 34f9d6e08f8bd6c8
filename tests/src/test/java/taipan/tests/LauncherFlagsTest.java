package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CPython's flags that change how a program runs ({@code -O -OO -P -b -bb -v -B -s -S}), against CPython's output. */
class LauncherFlagsTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static Path oracle() {
        Path oracle = TestEnvironment.shared().resolve("oracle/cpython313-native");
        assumeTrue(Files.isExecutable(oracle), "no reference interpreter at " + oracle);
        return oracle;
    }

    /** Runs {@code args} with both interpreters (and {@code env}) and requires the same stdout, stderr and status. */
    private void sameAsCPython(Map<String, String> env, String... args) {
        ProgramResult ours = ProcessRunner.taipan(dir, LIMIT, env, args);
        List<String> command = new ArrayList<>(List.of(oracle().toString()));
        command.addAll(List.of(args));
        ProgramResult theirs = ProcessRunner.run(dir, LIMIT, env, command.toArray(String[]::new));
        String what = String.join(" ", args);
        assertEquals(theirs.stdout(), ours.stdout(), what);
        assertEquals(theirs.stderr(), ours.stderr(), what);
        assertEquals(theirs.status(), ours.status(), what);
    }

    @Test
    void optimizeRemovesAssertsAndDocstrings() throws IOException {
        Files.writeString(dir.resolve("opt.py"), """
                        \"\"\"module doc\"\"\"
                        import sys
                        def f():
                            \"\"\"function doc\"\"\"
                        class C:
                            \"\"\"class doc\"\"\"
                        try:
                            assert False, "assert ran"
                            print("assert removed")
                        except AssertionError as e:
                            print(e)
                        print(__doc__, f.__doc__, C.__doc__, __debug__, sys.flags.optimize)
                        print(eval(compile("__debug__", "<s>", "eval")), eval(compile("__debug__", "<s>", "eval", optimize=0)))
                        """);
        for (String flag : List.of("-B", "-O", "-OO", "-OOO")) {
            sameAsCPython(Map.of(), flag, "opt.py");
        }
        sameAsCPython(Map.of("PYTHONOPTIMIZE", "2"), "opt.py");
        sameAsCPython(Map.of("PYTHONOPTIMIZE", "text"), "opt.py");
        sameAsCPython(Map.of("PYTHONOPTIMIZE", "2"), "-E", "opt.py");
    }

    @Test
    void flagsShowInSys() {
        String code = "import sys; f = sys.flags; print(f.optimize, f.dont_write_bytecode, f.no_user_site, f.no_site, "
                        + "f.verbose, f.bytes_warning, f.safe_path, f.inspect, sys.dont_write_bytecode)";
        sameAsCPython(Map.of(), "-B", "-s", "-S", "-P", "-bb", "-c", code);
        sameAsCPython(Map.of("PYTHONNOUSERSITE", "1", "PYTHONSAFEPATH", "1", "PYTHONDONTWRITEBYTECODE", "1"), "-c", code);
        // -B in each: Taipan never writes bytecode, so sys.dont_write_bytecode is always True
        sameAsCPython(Map.of("PYTHONNOUSERSITE", "1", "PYTHONSAFEPATH", "1"), "-I", "-B", "-c", code);
    }

    @Test
    void safePathKeepsTheScriptFolderOffSysPath() throws IOException {
        Files.writeString(dir.resolve("where.py"), "import sys, os\nprint(os.getcwd() in sys.path, '' in sys.path)\n");
        for (String flag : List.of("-P", "-I", "-E")) {
            sameAsCPython(Map.of(), flag, "where.py");
            sameAsCPython(Map.of(), flag, "-c", "import sys, os; print(os.getcwd() in sys.path, '' in sys.path)");
        }
    }

    @Test
    void bytesWarningWarnsOrRaises() throws IOException {
        Files.writeString(dir.resolve("bw.py"), """
                        for f in (lambda: str(b'x'), lambda: b'x' == 'x', lambda: 'x' != bytearray(b'x'),
                                  lambda: f"{b'y'}", lambda: str(bytearray(b'z')), lambda: b'x' == b'x'):
                            try:
                                print(repr(f()))
                            except BytesWarning as e:
                                print("BytesWarning:", e)
                        """);
        for (String flag : List.of("-b", "-bb", "-E")) {
            sameAsCPython(Map.of(), flag, "bw.py");
        }
    }

    @Test
    void utf8ModeAndDefaultEncodingWarnings() throws IOException {
        Files.writeString(dir.resolve("enc.py"), """
                        import io, sys
                        print(sys.flags.utf8_mode, sys.flags.warn_default_encoding)
                        def f():
                            io.TextIOWrapper(io.BytesIO())
                        f()
                        open('enc.py').close()
                        open('enc.py', encoding='utf-8').close()
                        open('enc.py', 'rb').close()
                        print(io.text_encoding(None), io.text_encoding('latin-1'))
                        def g():
                            return io.text_encoding(None)
                        g()
                        """);
        for (String flag : List.of("-Xwarn_default_encoding", "-Xutf8", "-Xutf8=0", "-E")) {
            sameAsCPython(Map.of(), flag, "enc.py");
        }
        sameAsCPython(Map.of("PYTHONUTF8", "1", "PYTHONWARNDEFAULTENCODING", "1"), "enc.py");
        sameAsCPython(Map.of("PYTHONUTF8", "1", "PYTHONWARNDEFAULTENCODING", "1"), "-E", "enc.py");
    }

    @Test
    void verboseTracesTheImportsOfAProgram() throws IOException {
        Files.writeString(dir.resolve("vmod.py"), "import math\n");
        ProgramResult ours = ProcessRunner.taipan(dir, LIMIT, Map.of(), "-v", "-c", "import vmod");
        ProgramResult theirs = ProcessRunner.run(dir, LIMIT, Map.of(), oracle().toString(), "-B", "-v", "-c",
                        "import vmod");
        assertEquals(traced(theirs.stderr(), "vmod"), traced(ours.stderr(), "vmod"));
        assertTrue(ours.stderr().contains("import 'math' # "), ours.stderr());
        ProgramResult quiet = ProcessRunner.taipan(dir, LIMIT, Map.of(), "-c", "import vmod");
        assertEquals("", quiet.stderr());
    }

    /** The lines that trace {@code name}'s import, object addresses left out. */
    @Test
    void siteGivesExitQuitHelpAndReadsPthFiles() throws IOException {
        sameAsCPython(Map.of(), "-c", "print(repr(exit), repr(quit), type(exit).__name__, type(help).__name__, "
                        + "type(copyright).__name__, type(license).__name__, repr(help))");
        sameAsCPython(Map.of(), "-c", "exit(3)");
        sameAsCPython(Map.of(), "-c", "quit('bye')");
        sameAsCPython(Map.of(), "-S", "-c", "print('exit' in dir(__builtins__), 'quit' in dir(__builtins__))");
        // a .pth file in the user's site-packages: CPython's site module runs in full and adds the folder it names
        Path extra = Files.createDirectories(dir.resolve("extra"));
        // python3.13t is the folder of a free-threading build such as Taipan, python3.13 the reference's
        for (String version : List.of("python3.13", "python3.13t")) {
            Path userSite = Files.createDirectories(dir.resolve("userbase/lib/" + version + "/site-packages"));
            Files.writeString(userSite.resolve("more.pth"), extra + "\n");
        }
        Files.writeString(extra.resolve("fromextra.py"), "print('imported from the .pth folder')\n");
        Map<String, String> env = Map.of("PYTHONUSERBASE", dir.resolve("userbase").toString());
        sameAsCPython(env, "-c", "import sys, fromextra; print('site' in sys.modules, any(p.endswith('extra') for p in sys.path))");
        sameAsCPython(env, "-s", "-c", "import sys; print(any(p.endswith('extra') for p in sys.path))");
    }

    private static List<String> traced(String stderr, String name) {
        return stderr.lines().filter(l -> l.startsWith("import '" + name + "'") || l.startsWith("# code object from")
                        && l.endsWith(name + ".py")).map(l -> l.replaceAll(" at 0x[0-9a-f]+>", ">")).toList();
    }
}
