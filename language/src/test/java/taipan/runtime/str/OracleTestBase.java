package taipan.runtime.str;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares Taipan's str operations with the reference CPython 3.13: a subclass lists cases, one oracle process
 * computes CPython's results for all of them, and each case becomes one dynamic test.
 */
abstract class OracleTestBase {

    /** Lists the cases of this class. */
    abstract void cases(OracleCases c);

    /** Computes one case with Taipan's operations; arguments are already converted (str = TruffleString). */
    abstract Object apply(String op, Object[] args);

    @TestFactory
    Stream<DynamicTest> matchesCPython() throws Exception {
        OracleCases c = new OracleCases();
        cases(c);
        List<String> expected = runOracle(c.cases);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < c.cases.size(); i++) {
            OracleCases.Case k = c.cases.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(i + ": " + k.describe(), () -> assertEquals(want, actual(k), k.describe())));
        }
        return tests.stream();
    }

    private String actual(OracleCases.Case k) {
        Object[] args = new Object[k.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = convert(k.args()[i]);
        }
        try {
            return OracleCodec.result(apply(k.op(), args));
        } catch (StrException e) {
            return "E:" + e.getPythonType() + ":" + e.getMessage();
        }
    }

    static Object convert(Object a) {
        if (a instanceof String s) {
            return StrCodePoints.of(s);
        } else if (a instanceof OracleCases.CodePoints c) {
            return StrCodePoints.fromArray(c.cps());
        } else if (a instanceof OracleCases.Tuple t) {
            Object[] items = new Object[t.items().length];
            for (int i = 0; i < items.length; i++) {
                items[i] = convert(t.items()[i]);
            }
            return items;
        } else if (a instanceof OracleCases.Dict d) {
            java.util.Map<Object, Object> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < d.keysAndValues().length; i += 2) {
                map.put(convert(d.keysAndValues()[i]), convert(d.keysAndValues()[i + 1]));
            }
            return map;
        }
        return a;
    }

    private static List<String> runOracle(List<OracleCases.Case> cases) throws IOException, InterruptedException, URISyntaxException {
        Path dir = Files.createTempDirectory("taipan-str-oracle");
        Path in = dir.resolve("cases.jsonl");
        Path out = dir.resolve("results.txt");
        StringBuilder sb = new StringBuilder();
        for (OracleCases.Case k : cases) {
            sb.append("{\"op\": \"").append(k.op()).append("\", \"args\": [");
            for (int i = 0; i < k.args().length; i++) {
                sb.append(i == 0 ? "" : ", ").append(OracleCodec.json(k.args()[i]));
            }
            sb.append("]}\n");
        }
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        Path script = Path.of(OracleTestBase.class.getResource("str_oracle.py").toURI());
        Process p = new ProcessBuilder(oracle().toString(), script.toString(), in.toString(), out.toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("oracle.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("the CPython oracle failed: " + Files.readString(dir.resolve("oracle.log")));
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(cases.size(), lines.size(), "one oracle result per case");
        for (Path f : new Path[]{in, out, dir.resolve("oracle.log"), dir}) {
            Files.deleteIfExists(f);
        }
        return lines;
    }

    /** {@code <repository root>/../shared/oracle/cpython313}. */
    private static Path oracle() {
        String root = System.getProperty("taipan.repo.root", "..");
        Path path = Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("oracle").resolve("cpython313");
        if (!Files.isExecutable(path)) {
            throw new AssertionError("reference CPython not found at " + path);
        }
        return path;
    }
}
