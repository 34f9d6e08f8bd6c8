package taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Acceptance test: every .py module of the standard-library archive parses, and our {@code ast.dump} with
 * attributes is byte-identical to CPython 3.13's, computed at test time by one oracle process.
 */
class StdlibAstTest {

    private static final String EXPECTED_PASS = "/taipan/frontend/ast-expected-pass.txt";

    @Test
    void stdlibDumpsMatchCPython() throws Exception {
        Path zip = Path.of(System.getProperty("taipan.stdlib.zip", "../language/target/classes/META-INF/taipan/python_stdlib.zip"));
        Path oracle = Path.of(System.getProperty("taipan.oracle", "../../shared/oracle/cpython313"));
        assertTrue(Files.isRegularFile(zip), "stdlib archive missing: " + zip.toAbsolutePath());
        assertTrue(Files.isExecutable(oracle), "reference CPython missing: " + oracle.toAbsolutePath());
        Path dir = Files.createTempDirectory("taipan-stdlib-ast");
        int pyFiles = unzip(zip, dir);
        Path script = dir.resolveSibling(dir.getFileName() + "-dumpall.py");
        Path dumps = dir.resolveSibling(dir.getFileName() + ".dump");
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        try (InputStream in = StdlibAstTest.class.getResourceAsStream("/taipan/frontend/dumpall.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process proc = new ProcessBuilder(oracle.toAbsolutePath().toString(), script.toString(), dir.toString(),
                        dumps.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(proc.waitFor(10, TimeUnit.MINUTES), "oracle timed out");
        assertEquals(0, proc.exitValue(), () -> "oracle failed: " + readLog(log));
        Map<String, String> expected = AstComparison.readExpected(dumps);
        assertEquals(pyFiles, expected.size(), "oracle dumped every module");
        Set<String> mustPass = expectedPass();
        List<String> regressions = new ArrayList<>();
        int ok = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String diff = AstComparison.compare(dir, e.getKey(), e.getValue());
            if (diff == null) {
                ok++;
            } else if (mustPass.contains(e.getKey())) {
                regressions.add(e.getKey() + ": " + diff);
            }
        }
        System.out.println(ok + " of " + expected.size() + " match");
        deleteTree(dir);
        Files.deleteIfExists(script);
        Files.deleteIfExists(dumps);
        Files.deleteIfExists(log);
        if (!regressions.isEmpty()) {
            fail(regressions.size() + " listed modules no longer match:\n" + String.join("\n", regressions));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Set<String> expectedPass() throws IOException {
        try (InputStream in = StdlibAstTest.class.getResourceAsStream(EXPECTED_PASS)) {
            Set<String> out = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    static int unzip(Path zip, Path dir) throws IOException {
        int n = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> en = zf.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".py")) {
                    continue;
                }
                Path out = dir.resolve(e.getName()).normalize();
                if (!out.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                n++;
            }
        }
        return n;
    }
}
