package taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tricky constructs (f-strings, match, decorators, type parameters, non-ASCII positions) and syntax errors: each
 * case of a snippet file must give CPython 3.13's dump, or its SyntaxError class, message and positions.
 */
class SnippetTest {

    @ParameterizedTest
    @ValueSource(strings = {"valid-snippets.txt", "errors-snippets.txt", "modes-snippets.txt", "fuzz-snippets.txt"})
    void snippetsMatchCPython(String name) throws Exception {
        Path oracle = Path.of(System.getProperty("taipan.oracle", "../../shared/oracle/cpython313"));
        assertTrue(Files.isExecutable(oracle), "reference CPython missing: " + oracle.toAbsolutePath());
        String text;
        try (InputStream in = SnippetTest.class.getResourceAsStream("/taipan/frontend/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Files.createTempFile("taipan-snippets", ".txt");
        Files.writeString(file, text);
        List<String> expected;
        try {
            expected = Snippets.oracle(oracle, file);
        } finally {
            Files.deleteIfExists(file);
        }
        List<String> cases = Snippets.cases(text);
        assertEquals(cases.size(), expected.size(), "oracle answered every case");
        List<String> diffs = Snippets.differences(cases, expected);
        assertTrue(diffs.isEmpty(), diffs.size() + " cases differ:\n" + String.join("\n", diffs));
    }

}
