package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code import} of native modules and the first {@code sys}. */
class SysModuleTest {

    @Test
    void importForms() {
        String code = "import sys\nimport sys as s\nfrom sys import platform, maxsize as m\nprint(s is sys, platform, m == 2**63 - 1, sys)";
        assertEquals("True linux True <module 'sys' (built-in)>\n", PythonRunner.output(code));
    }

    @Test
    void importErrors() {
        String code = "try:\n    import nosuchmod\nexcept ImportError as e:\n    print(type(e).__name__, e)\n"
                        + "try:\n    from sys import nosuch\nexcept ImportError as e:\n    print(type(e).__name__, e)\n";
        assertEquals("ModuleNotFoundError No module named 'nosuchmod'\nImportError cannot import name 'nosuch' from 'sys' (unknown location)\n",
                        PythonRunner.output(code));
    }

    @Test
    void versionMentionsFreeThreading() {
        String code = "import sys\nprint(sys.version.startswith('3.13.2 '), 'free-threading' in sys.version, sys.version_info)";
        assertEquals("True True sys.version_info(major=3, minor=13, micro=2, releaselevel='final', serial=0)\n",
                        PythonRunner.output(code));
    }

    @Test
    void constantsAndGil() {
        assertEquals("little linux False\n", PythonRunner.output("import sys\nprint(sys.byteorder, sys.platform, sys._is_gil_enabled())"));
    }

    @Test
    void implementation() {
        assertEquals("taipan SimpleNamespace None\n",
                        PythonRunner.output("import sys\nprint(sys.implementation.name, type(sys.implementation).__name__, sys.implementation.cache_tag)"));
    }

    @Test
    void argvIsAListOfTheApplicationArguments() {
        // No application arguments (an embedding without a launcher): CPython's default [''].
        assertEquals("[''] <class 'list'>\n", PythonRunner.output("import sys\nprint(sys.argv, type(sys.argv))"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.graalvm.polyglot.Context context = org.graalvm.polyglot.Context.newBuilder("python")
                        .arguments("python", new String[]{"prog.py", "a", "-b"}).option("engine.WarnInterpreterOnly", "false")
                        .out(out).build()) {
            context.eval("python", "import sys\nsys.argv.append('c')\nprint(sys.argv, len(sys.argv))");
        }
        assertEquals("['prog.py', 'a', '-b', 'c'] 4\n", out.toString());
    }

    @Test
    void recursionLimit() {
        String code = "import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(200)\nprint(sys.getrecursionlimit())\n"
                        + "try:\n    sys.setrecursionlimit(0)\nexcept ValueError as e:\n    print(e)\n";
        assertEquals("1000\n200\nrecursion limit must be greater or equal than 1\n", PythonRunner.output(code));
    }

    @Test
    void exitRaisesSystemExit() {
        PythonRunner.Result r = PythonRunner.run("import sys\nprint('before')\nsys.exit(3)\nprint('after')");
        assertEquals("before\n", r.out());
        assertNotNull(r.error());
        assertTrue(r.error().isExit(), r.error().toString());
        assertEquals(3, r.error().getExitStatus());
    }

    @Test
    void systemExitCanBeCaught() {
        assertEquals("SystemExit 5\n", PythonRunner.output("import sys\ntry:\n    sys.exit(5)\nexcept SystemExit as e:\n    print(type(e).__name__, e)"));
    }
}
