package taipan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CPython's option grammar as {@link CommandLine} reads it, without starting a context. */
class CommandLineTest {

    private static LaunchRequest parse(String... args) throws UsageError {
        return CommandLine.parse(List.of(args), Map.of());
    }

    private static LaunchRequest parseWithEnv(Map<String, String> env, String... args) throws UsageError {
        return CommandLine.parse(List.of(args), env);
    }

    @Test
    void commandTerminatesOptions() throws UsageError {
        LaunchRequest request = parse("-c", "print(1)", "a", "-u", "--b");
        assertEquals(LaunchRequest.Action.RUN_COMMAND, request.action());
        assertEquals("print(1)", request.program());
        assertEquals(List.of("-c", "a", "-u", "--b"), request.argv());
        assertFalse(request.options().containsKey("python.Unbuffered"));
    }

    @Test
    void moduleTerminatesOptions() throws UsageError {
        LaunchRequest request = parse("-m", "pkg.tool", "-v", "x");
        assertEquals(LaunchRequest.Action.RUN_MODULE, request.action());
        assertEquals("pkg.tool", request.program());
        assertEquals(List.of("-m", "-v", "x"), request.argv());
    }

    @Test
    void attachedArgumentsAndBundledFlags() throws UsageError {
        LaunchRequest request = parse("-uqcpass", "x");
        assertEquals("pass", request.program());
        assertEquals(List.of("-c", "x"), request.argv());
        assertEquals("true", request.options().get("python.Unbuffered"));
        assertEquals("true", request.options().get("python.Quiet"));
        assertEquals("true", parse("-Xgil=1", "-c", "pass").options().get("python.GIL"));
    }

    @Test
    void scriptArgumentsAreNotOptions() throws UsageError {
        LaunchRequest request = parse("-E", "prog.py", "-c", "x", "-Z");
        assertEquals(LaunchRequest.Action.RUN_FILE, request.action());
        assertEquals("prog.py", request.program());
        assertEquals(List.of("prog.py", "-c", "x", "-Z"), request.argv());
        assertEquals("true", request.options().get("python.IgnoreEnvironment"));
    }

    @Test
    void doubleDashEndsOptions() throws UsageError {
        LaunchRequest request = parse("--", "-odd.py", "arg");
        assertEquals("-odd.py", request.program());
        assertEquals(List.of("-odd.py", "arg"), request.argv());
    }

    @Test
    void stdinPrograms() throws UsageError {
        LaunchRequest dash = parse("-", "a");
        assertEquals(LaunchRequest.Action.RUN_STDIN, dash.action());
        assertEquals(List.of("-", "a"), dash.argv());
        LaunchRequest none = parse("-u");
        assertEquals(LaunchRequest.Action.RUN_STDIN, none.action());
        assertNull(none.program());
        assertEquals(List.of(""), none.argv());
    }

    @Test
    void gilFromOptionAndEnvironment() throws UsageError {
        assertEquals("false", parse("-X", "gil=0", "-c", "pass").options().get("python.GIL"));
        assertEquals("true", parseWithEnv(Map.of("PYTHON_GIL", "1"), "-c", "pass").options().get("python.GIL"));
        assertEquals("false", parseWithEnv(Map.of("PYTHON_GIL", "1"), "-X", "gil=0", "-c", "pass").options()
                        .get("python.GIL"));
        assertFalse(parseWithEnv(Map.of("PYTHON_GIL", "1"), "-E", "-c", "pass").options().containsKey("python.GIL"));
        assertFalse(parseWithEnv(Map.of("PYTHON_GIL", "1"), "-I", "-c", "pass").options().containsKey("python.GIL"));
        assertFalse(parse("-c", "pass").options().containsKey("python.GIL"));
    }

    @Test
    void badGilIsFatal() {
        UsageError option = assertThrows(UsageError.class, () -> parse("-X", "gil=2", "-c", "pass"));
        assertEquals(1, option.exitStatus());
        assertTrue(option.getMessage().startsWith("Fatal Python error: config_read_gil"));
        assertThrows(UsageError.class, () -> parse("-X", "gil", "-c", "pass"));
        assertThrows(UsageError.class, () -> parseWithEnv(Map.of("PYTHON_GIL", "on"), "-c", "pass"));
    }

    @Test
    void jitSwitchesCompilationOff() throws UsageError {
        assertEquals("false", parse("-X", "jit=0", "-c", "pass").options().get("engine.Compilation"));
        assertFalse(parse("-X", "jit=1", "-c", "pass").options().containsKey("engine.Compilation"));
        assertEquals("false", parseWithEnv(Map.of("PYTHON_JIT", "0"), "-c", "pass").options().get("engine.Compilation"));
        assertFalse(parseWithEnv(Map.of("PYTHON_JIT", "0"), "-E", "-c", "pass").options()
                        .containsKey("engine.Compilation"));
    }

    @Test
    void otherXAndWOptionsAreIgnored() throws UsageError {
        LaunchRequest request = parse("-X", "importtime", "-X", "frozen_modules=off", "-W", "error", "-Wignore", "-d",
                        "-c", "pass");
        assertEquals(LaunchRequest.Action.RUN_COMMAND, request.action());
        assertEquals(Map.of(), request.options());
    }

    @Test
    void flagsBecomeOptions() throws UsageError {
        Map<String, String> options = parse("-bBOsSvP", "-O", "-b", "-c", "pass").options();
        assertEquals("2", options.get("python.Optimize"));
        assertEquals("2", options.get("python.BytesWarning"));
        assertEquals("1", options.get("python.Verbose"));
        for (String on : List.of("python.DontWriteBytecode", "python.NoUserSite", "python.NoSite", "python.SafePath")) {
            assertEquals("true", options.get(on), on);
        }
        Map<String, String> env = Map.of("PYTHONOPTIMIZE", "x", "PYTHONVERBOSE", "3", "PYTHONSAFEPATH", "1");
        Map<String, String> fromEnv = parseWithEnv(env, "-c", "pass").options();
        assertEquals("1", fromEnv.get("python.Optimize"), "text counts as 1, as CPython's get_env_flag");
        assertEquals("3", fromEnv.get("python.Verbose"));
        assertEquals("true", fromEnv.get("python.SafePath"));
        assertEquals(Map.of("python.IgnoreEnvironment", "true"), parseWithEnv(env, "-E", "-c", "pass").options());
    }

    @Test
    void polyglotOptionsPassThrough() throws UsageError {
        LaunchRequest request = parse("--engine.TraceCompilation=true", "--log.file=/tmp/log", "--python.GIL",
                        "--inspect", "prog.py");
        assertEquals("true", request.options().get("engine.TraceCompilation"));
        assertEquals("/tmp/log", request.options().get("log.file"));
        assertEquals("true", request.options().get("python.GIL"));
        assertEquals("true", request.options().get("inspect"));
        assertEquals(List.of("prog.py"), request.argv());
    }

    @Test
    void helpAndVersion() throws UsageError {
        assertEquals(LaunchRequest.Action.HELP, parse("-h").action());
        assertEquals(LaunchRequest.Action.HELP, parse("-?").action());
        assertEquals(LaunchRequest.Action.HELP, parse("--help").action());
        assertEquals(LaunchRequest.Action.VERSION, parse("-V").action());
        assertEquals(LaunchRequest.Action.VERSION, parse("-uV").action());
        assertNull(parse("-V", "-c", "pass").program());
        assertEquals("verbose", parse("-VV").program());
        assertEquals("verbose", parse("-V", "-V", "x.py").program());
        assertEquals(LaunchRequest.Action.VERSION, parse("--version").action());
    }

    @Test
    void usageErrors() {
        UsageError unknown = assertThrows(UsageError.class, () -> parse("-Z"));
        assertEquals("Unknown option: -Z", unknown.getMessage());
        assertEquals(2, unknown.exitStatus());
        assertTrue(unknown.showUsage());
        assertEquals("unknown option --nope", assertThrows(UsageError.class, () -> parse("--nope")).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(UsageError.class, () -> parse("-c"))
                        .getMessage());
        assertEquals("Argument expected for the -m option", assertThrows(UsageError.class, () -> parse("-m"))
                        .getMessage());
        assertThrows(UsageError.class, () -> parse("--check-hash-based-pycs", "sometimes"));
    }
}
