package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a table of cases through the reference CPython 3.13 in one process and turns each into a dynamic test comparing
 * CPython's outcome (result text, or exception class and message) with ours.
 */
final class Oracle {
    /** One case: a Python expression evaluated by CPython, and the Java computation that must agree with it. */
    record Case(String python, Supplier<Object> java) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final String prelude;
    private final String executable;

    /** {@code prelude}: Python definitions the case expressions may use; runs the reference (WebAssembly) CPython. */
    Oracle(String prelude) {
        this(prelude, "cpython313");
    }

    /**
     * {@code executable}: "cpython313", or "cpython313-native" where 64-bit C types show through (hashes, C long):
     * the WebAssembly reference is a 32-bit build.
     */
    Oracle(String prelude, String executable) {
        this.prelude = prelude;
        this.executable = executable;
    }

    void add(String python, Supplier<Object> java) {
        cases.add(new Case(python, java));
    }

    int size() {
        return cases.size();
    }

    private static final String DRIVER = """
                    import sys
                    def _enc(s):
                        return s.encode('utf-8', 'surrogatepass').hex()
                    def _out(r):
                        return 'OK ' + _enc(r if isinstance(r, str) else str(r))
                    _env = {}
                    exec(open(sys.argv[3], encoding='utf-8').read(), _env)
                    with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w') as out:
                        for line in f:
                            try:
                                res = _out(eval(line, _env))
                            except Exception as e:
                                res = 'ERR ' + type(e).__name__ + ' ' + _enc(str(e))
                            out.write(res + '\\n')
                    """;

    Stream<DynamicTest> tests() throws IOException, InterruptedException {
        List<String> expected = runCPython();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String want = decode(expected.get(i));
            String name = c.python().length() > 120 ? c.python().substring(0, 117) + "..." : c.python();
            tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(want, ours(c), name)));
        }
        return tests.stream();
    }

    private static String ours(Case c) {
        try {
            return "OK " + text(c.java().get());
        } catch (FormatError e) {
            return "ERR " + e.pythonType() + " " + e.getMessage();
        }
    }

    private static String text(Object o) {
        return o instanceof String s ? s : Py.repr(o);
    }

    private static String decode(String line) {
        HexFormat hex = HexFormat.of();
        if (line.startsWith("OK ")) {
            return "OK " + utf8(hex.parseHex(line.substring(3)));
        }
        String[] parts = line.split(" ", 3);
        return "ERR " + parts[1] + " " + utf8(hex.parseHex(parts.length > 2 ? parts[2] : ""));
    }

    private static String utf8(byte[] bytes) {
        // Lone surrogates arrive as CESU-style three-byte sequences ('surrogatepass'); decode them by hand.
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b == 0xed && i + 2 < bytes.length && (bytes[i + 1] & 0xe0) == 0xa0) {
                sb.append((char) (((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)));
                i += 3;
                continue;
            }
            int n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
            sb.append(new String(bytes, i, n, StandardCharsets.UTF_8));
            i += n;
        }
        return sb.toString();
    }

    private List<String> runCPython() throws IOException, InterruptedException {
        Path oracle = Path.of(System.getProperty("user.dir")).resolve("../../shared/oracle/" + executable).normalize();
        if (!Files.exists(oracle)) {
            oracle = Path.of(System.getProperty("user.dir")).resolve("../shared/oracle/" + executable).normalize();
        }
        Assumptions.assumeTrue(Files.isExecutable(oracle), "reference CPython not found at " + oracle);
        Path dir = Files.createTempDirectory("taipan-oracle");
        Path in = dir.resolve("cases.txt");
        Path out = dir.resolve("results.txt");
        Path driver = dir.resolve("driver.py");
        Path pre = dir.resolve("prelude.py");
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            lines.add(c.python());
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        Files.writeString(driver, DRIVER);
        Files.writeString(pre, prelude);
        Process p = new ProcessBuilder(oracle.toString(), driver.toString(), in.toString(), out.toString(),
                        pre.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("reference CPython failed: " + log);
        }
        List<String> results = Files.readAllLines(out);
        assertEquals(cases.size(), results.size(), "CPython answered every case");
        return results;
    }

    /** A test stand-in for a Python object whose source text and repr are the same. */
    interface PySource {
        String source();
    }

    /** Python source for Java values, and Python's repr of results built from them. */
    static final class Py {
        /** Python source that evaluates to {@code o}. */
        static String lit(Object o) {
            return show(o, true);
        }

        /** What Python's repr shows for {@code o}. */
        static String repr(Object o) {
            return show(o, false);
        }

        private static String show(Object o, boolean source) {
            if (source && o instanceof Double d) {
                return "float.fromhex('" + Double.toHexString(d) + "')";
            }
            if (o instanceof PySource p) {
                return p.source();
            }
            if (o == null) {
                return "None";
            }
            if (o instanceof String s) {
                return StrRepr.repr(s);
            }
            if (o instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (o instanceof Double d) {
                return DoubleFormat.repr(d);
            }
            if (o instanceof Long || o instanceof Integer || o instanceof BigInteger) {
                return o.toString();
            }
            if (o instanceof Object[] tuple) {
                return seq(java.util.Arrays.asList(tuple), "(", tuple.length == 1 ? ",)" : ")", source);
            }
            if (o instanceof List<?> list) {
                return seq(list, "[", "]", source);
            }
            if (o instanceof Map<?, ?> map) {
                StringBuilder sb = new StringBuilder("{");
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    sb.append(sb.length() > 1 ? ", " : "").append(show(e.getKey(), source)).append(": ").append(show(e.getValue(), source));
                }
                return sb.append('}').toString();
            }
            throw new IllegalArgumentException(o.getClass().toString());
        }

        private static String seq(List<?> items, String open, String close, boolean source) {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(show(items.get(i), source));
            }
            return sb.append(close).toString();
        }
    }
}
