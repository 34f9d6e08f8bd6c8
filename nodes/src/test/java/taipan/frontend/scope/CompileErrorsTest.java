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

import taipan.frontend.parse.PythonSyntaxError;

import taipan.testkit.Json;

/**
 * The compile-level part of the SyntaxError corpus (resources taipan/frontend/errors/programs), independent of
 * Taipan's parser: every program CPython's {@code ast.parse} accepts is analysed from the oracle's AST and must
 * fail exactly as CPython's {@code compile()} does (class, message, line, offset, end line, end offset).
 */
class CompileErrorsTest {

    @SuppressWarnings("unchecked")
    @TestFactory
    Stream<DynamicTest> compileLevelErrorsMatchCPython() throws Exception {
        Path dir = OracleSupport.resource("taipan/frontend/errors/programs");
        Path script = OracleSupport.resource("taipan/frontend/scope/oracle_scope.py");
        Map<String, Object> results = (Map<String, Object>) Json.parse(OracleSupport.runOracle(script, dir));
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Object> e : results.entrySet()) {
            Map<String, Object> r = (Map<String, Object>) e.getValue();
            if (r.get("ast") == null) {
                continue; // a parser-level error: covered by the acceptance test
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                List<Object> expected = (List<Object>) r.get("error");
                assertNotNull(expected, "CPython compiles this program");
                String source = Files.readString(dir.resolve(e.getKey()));
                String actual;
                try {
                    ScopeAnalyzer.analyze(AstFromJson.module(r.get("ast")), e.getKey(), source);
                    actual = "no error";
                } catch (PythonSyntaxError err) {
                    actual = describe(err);
                }
                assertEquals(String.valueOf(expected), actual);
            }));
        }
        return tests.stream();
    }

    static String describe(PythonSyntaxError e) {
        return "[" + e.kind() + ", " + e.msg() + ", " + e.lineno() + ", " + e.offset() + ", " + e.endLineno() + ", "
                        + e.endOffset() + "]";
    }
}
