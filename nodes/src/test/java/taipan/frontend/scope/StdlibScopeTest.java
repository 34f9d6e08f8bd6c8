package taipan.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.Parser;
import taipan.frontend.parse.PythonSyntaxError;

import taipan.testkit.Json;

/**
 * Scope analysis of the whole standard library against CPython 3.13: each module is parsed by Taipan's parser and
 * analysed, and its symbol table and code objects' variables must equal what one oracle run reports for CPython's
 * {@code symtable} and {@code compile()}.
 */
class StdlibScopeTest {

    @SuppressWarnings("unchecked")
    @Test
    void stdlibSymbolTablesMatchCPython() throws Exception {
        Path zip = Path.of(System.getProperty("taipan.stdlib.zip", OracleSupport.repoRoot()
                        .resolve("language/target/classes/META-INF/taipan/python_stdlib.zip").toString()));
        Assumptions.assumeTrue(Files.isRegularFile(zip), "stdlib archive missing: " + zip);
        Path dir = Files.createTempDirectory("taipan-stdlib-scope");
        try {
            String extra = System.getProperty("taipan.scope.corpus");
            if (extra != null) {
                // a one-off check of another tree of valid programs instead of the stdlib
                copyTree(Path.of(extra), dir);
            } else {
                unzip(zip, dir);
            }
            Path script = OracleSupport.resource("taipan/frontend/scope/oracle_scope.py");
            Map<String, Object> oracle = (Map<String, Object>) Json.parse(OracleSupport.runOracle(script, dir,
                            "tree"));
            List<String> mismatches = new ArrayList<>();
            for (Map.Entry<String, Object> e : oracle.entrySet()) {
                String diff = compare(dir, e.getKey(), (Map<String, Object>) e.getValue());
                if (diff != null) {
                    mismatches.add(e.getKey() + ": " + diff);
                }
            }
            System.out.println("stdlib scopes: " + (oracle.size() - mismatches.size()) + " of " + oracle.size()
                            + " modules match CPython");
            assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Null if the module's scopes match the oracle's, else a description of the first difference. */
    private static String compare(Path dir, String name, Map<String, Object> expected) throws IOException {
        String source = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        ScopeInfo info;
        try {
            Mod mod = Parser.parse(source, name, Mode.EXEC);
            info = ScopeAnalyzer.analyze(mod, name, source);
        } catch (PythonSyntaxError err) {
            return "rejected: " + err.msg() + " at line " + err.lineno() + "; CPython: " + expected.get("error");
        }
        if (expected.get("error") != null) {
            return "CPython rejects it: " + expected.get("error");
        }
        String table = ScopeDump.dump(info.module());
        if (!table.equals(expected.get("symtable"))) {
            return "symbol table differs at: " + firstDifference(table, (String) expected.get("symtable"));
        }
        // CPython drops code objects of dead code (if False: class ...) from co_consts, so ours may have more
        List<String> code = new ArrayList<>(List.of(CodeObjectDump.dump(info.module()).split("\n")));
        for (String line : ((String) expected.get("code")).split("\n")) {
            if (!line.isEmpty() && !code.remove(line)) {
                return "no code object like CPython's '" + line + "'";
            }
        }
        return null;
    }

    private static String firstDifference(String actual, String expected) {
        String[] a = actual.split("\n");
        String[] b = expected.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return "line " + (i + 1) + ": got '" + a[i] + "', expected '" + b[i] + "'";
            }
        }
        return "length " + a.length + " vs " + b.length;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".py")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry en = entries.nextElement();
                if (en.isDirectory() || !en.getName().endsWith(".py")) {
                    continue;
                }
                Path target = dir.resolve(en.getName()).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(en)) {
                    Files.copy(in, target);
                }
            }
        }
    }
}
