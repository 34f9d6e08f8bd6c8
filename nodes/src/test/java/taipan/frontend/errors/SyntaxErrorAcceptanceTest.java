package taipan.frontend.errors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.Parser;
import taipan.frontend.parse.PythonSyntaxError;
import taipan.frontend.scope.OracleSupport;
import taipan.frontend.scope.ScopeAnalyzer;

import taipan.testkit.Json;

/**
 * The SyntaxError acceptance test: every invalid program under resources taipan/frontend/errors/programs goes
 * through {@code Parser.parse} and {@link ScopeAnalyzer#analyze}, and the SyntaxError must equal what CPython 3.13's
 * {@code compile(src, name, "exec")} raises (exception class, msg, lineno, offset, end_lineno, end_offset), computed
 * by one oracle process at test time. Programs in expected-to-pass.txt must match; the rest are reported.
 */
class SyntaxErrorAcceptanceTest {

    @SuppressWarnings("unchecked")
    @Test
    void corpusMatchesCPython() throws Exception {
        Path base = OracleSupport.resource("taipan/frontend/errors");
        Path dir = base.resolve("programs");
        Set<String> expectedPass = readList(base.resolve("expected-to-pass.txt"));
        Map<String, Object> oracle = (Map<String, Object>) Json.parse(
                        OracleSupport.runOracle(base.resolve("oracle_errors.py"), dir));
        List<String> listedFailures = new ArrayList<>();
        List<String> newlyPassing = new ArrayList<>();
        List<String> notYet = new ArrayList<>();
        int matches = 0;
        ExecutorService pool = Executors.newSingleThreadExecutor(daemon());
        try {
            for (Map.Entry<String, Object> e : oracle.entrySet()) {
                String name = e.getKey();
                String expected = String.valueOf(e.getValue());
                String source = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
                String actual = runWithTimeout(pool, source, name);
                if ("timed out".equals(actual)) {
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor(daemon());
                }
                boolean ok = expected.equals(actual);
                matches += ok ? 1 : 0;
                if (!ok && expectedPass.contains(name)) {
                    listedFailures.add(name + ": expected " + expected + " but got " + actual);
                } else if (ok && !expectedPass.contains(name)) {
                    newlyPassing.add(name);
                } else if (!ok) {
                    notYet.add(name + ": expected " + expected + " but got " + actual);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("SyntaxError corpus: " + matches + " of " + oracle.size() + " match CPython");
        notYet.forEach(line -> System.out.println("  not yet: " + line));
        if (!newlyPassing.isEmpty()) {
            System.out.println("now passing, add to expected-to-pass.txt: " + newlyPassing);
        }
        assertTrue(listedFailures.isEmpty(), "listed programs that no longer match:\n" + String.join("\n", listedFailures));
    }

    private static String runWithTimeout(ExecutorService pool, String source, String name) throws Exception {
        Future<String> run = pool.submit(() -> compile(source, name));
        try {
            return run.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException t) {
            run.cancel(true);
            return "timed out";
        }
    }

    /** What compiling one program yields, in the oracle's notation. */
    private static String compile(String source, String name) {
        try {
            Mod mod = Parser.parse(source, name, Mode.EXEC);
            ScopeAnalyzer.analyze(mod, name, source);
            return "null";
        } catch (PythonSyntaxError err) {
            return describe(err);
        } catch (RuntimeException | StackOverflowError other) {
            return describe(other);
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof PythonSyntaxError e) {
            return "[" + e.kind() + ", " + e.msg() + ", " + e.lineno() + ", " + e.offset() + ", " + e.endLineno() + ", "
                            + e.endOffset() + "]";
        }
        return "Java exception " + t;
    }

    private static Set<String> readList(Path file) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                names.add(t);
            }
        }
        return names;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "syntax-error-corpus");
            t.setDaemon(true);
            return t;
        };
    }
}
