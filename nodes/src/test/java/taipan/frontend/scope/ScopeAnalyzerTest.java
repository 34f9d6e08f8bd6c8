package taipan.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import taipan.frontend.ast.Mod;

import taipan.testkit.Json;

/**
 * Scope analysis against CPython 3.13's {@code symtable}: every program under resources taipan/frontend/scope/programs
 * is parsed by the oracle's {@code ast} module, analysed by {@link ScopeAnalyzer}, and the whole symbol table (flags
 * and scopes of every name, parameters, nesting, children) must equal CPython's, computed at test time; so must
 * the variables, cells and free variables CPython's compiler gives each code object.
 */
class ScopeAnalyzerTest {

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> symbolTablesMatchCPython() throws Exception {
        Path dir = OracleSupport.resource("taipan/frontend/scope/programs");
        Path script = OracleSupport.resource("taipan/frontend/scope/oracle_scope.py");
        Map<String, Object> results = (Map<String, Object>) Json.parse(OracleSupport.runOracle(script, dir));
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Object> e : results.entrySet()) {
            Map<String, Object> r = (Map<String, Object>) e.getValue();
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                assertNotNull(r.get("symtable"), "the oracle rejected the program: " + r.get("error"));
                String source = Files.readString(dir.resolve(e.getKey()));
                Mod.Module mod = AstFromJson.module(r.get("ast"));
                ScopeInfo info = ScopeAnalyzer.analyze(mod, e.getKey(), source);
                assertEquals(r.get("symtable"), ScopeDump.dump(info.module()));
                assertEquals(r.get("code"), CodeObjectDump.dump(info.module()), "code objects' variables");
            }));
        }
        return tests.stream();
    }
}
