package taipan.frontend.errors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.PythonSyntaxError;
import taipan.frontend.scope.MiniJson;
import taipan.frontend.scope.OracleSupport;
import taipan.frontend.scope.ScopeAnalyzer;

/**
 * The SyntaxError acceptance test: every invalid program under resources taipan/frontend/errors/programs goes
 * through {@code Parser.parse} and {@link ScopeAnalyzer#analyze}, and the SyntaxError must equal what CPython 3.13's
 * {@code compile(src, name, "exec")} raises (exception class, msg, lineno, offset, end_lineno, end_offset), computed
 * by one oracle process at test time. Programs in expected-to-pass.txt must match; the rest are reported.
 * Skipped while there is no parser.
 */
class SyntaxErrorAcceptanceTest {

    private static final String PARSER = "taipan.frontend.parse.Parser";

    @SuppressWarnings("unchecked")
    @Test
    void corpusMatchesCPython() throws Exception {
        Method parse = findParser();
        Path base = OracleSupport.resource("taipan/frontend/errors");
        Path dir = base.resolve("programs");
        Set<String> expectedPass = readList(base.resolve("expected-to-pass.txt"));
        Map<String, Object> oracle = (Map<String, Object>) MiniJson.parse(
                        OracleSupport.runOracle(base.resolve("oracle_errors.py"), dir));
        List<String> listedFailures = new ArrayList<>();
        List<String> newlyPassing = new ArrayList<>();
        int matches = 0;
        ExecutorService pool = Executors.newSingleThreadExecutor(daemon());
        try {
            for (Map.Entry<String, Object> e : oracle.entrySet()) {
                String name = e.getKey();
                String expected = String.valueOf(e.getValue());
                String source = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
                Future<String> run = pool.submit(() -> compile(parse, source, name));
                String actual;
                try {
                    actual = run.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException t) {
                    run.cancel(true);
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor(daemon());
                    actual = "timed out";
                }
                boolean ok = expected.equals(actual);
                matches += ok ? 1 : 0;
                if (!ok && expectedPass.contains(name)) {
                    listedFailures.add(name + ": expected " + expected + " but got " + actual);
                } else if (ok && !expectedPass.contains(name)) {
                    newlyPassing.add(name);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("SyntaxError corpus: " + matches + " of " + oracle.size() + " match CPython");
        if (!newlyPassing.isEmpty()) {
            System.out.println("now passing, add to expected-to-pass.txt: " + newlyPassing);
        }
        assertTrue(listedFailures.isEmpty(), "listed programs that no longer match:\n" + String.join("\n", listedFailures));
    }

    /** What compiling one program yields, in the oracle's notation. */
    private static String compile(Method parse, String source, String name) {
        try {
            Object parser = Modifier.isStatic(parse.getModifiers()) ? null
                            : parse.getDeclaringClass().getDeclaredConstructor().newInstance();
            Mod mod = (Mod) parse.invoke(parser, source, name, Mode.EXEC);
            ScopeAnalyzer.analyze(mod, name, source);
            return "null";
        } catch (InvocationTargetException ite) {
            return describe(ite.getCause());
        } catch (PythonSyntaxError err) {
            return describe(err);
        } catch (Exception | StackOverflowError other) {
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

    private static Method findParser() {
        try {
            Class<?> cls = Class.forName(PARSER);
            return cls.getMethod("parse", String.class, String.class, Mode.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            Assumptions.abort("no " + PARSER + ".parse(String, String, Mode) yet: " + e);
            return null;
        }
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
