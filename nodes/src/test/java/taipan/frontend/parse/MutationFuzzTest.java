package taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Error-path fuzzing: windows of standard-library modules with one random edit (a character or span deleted, a
 * bracket, quote or operator inserted) must give CPython's result, usually a SyntaxError with its positions. The
 * cases are generated at test time from the archive with a fixed seed, and judged by one oracle run.
 */
class MutationFuzzTest {

    private static final String INSERTS = "()[]{}:,.='\"\\ \n\tx1#*@";

    @Test
    void mutatedStdlibWindowsMatchCPython() throws Exception {
        Path zip = Path.of(System.getProperty("taipan.stdlib.zip", "../language/target/classes/META-INF/taipan/python_stdlib.zip"));
        Path oracle = Path.of(System.getProperty("taipan.oracle", "../../shared/oracle/cpython313"));
        assertTrue(Files.isRegularFile(zip), "stdlib archive missing: " + zip.toAbsolutePath());
        assertTrue(Files.isExecutable(oracle), "reference CPython missing: " + oracle.toAbsolutePath());
        Path dir = Files.createTempDirectory("taipan-fuzz");
        Path cases = dir.resolveSibling(dir.getFileName() + "-cases.txt");
        try {
            StdlibAstTest.unzip(zip, dir);
            List<Path> files;
            try (var walk = Files.walk(dir)) {
                files = walk.filter(f -> f.toString().endsWith(".py")).sorted().toList();
            }
            List<String> generated = generate(files, new Random(20261123), 600);
            Files.writeString(cases, String.join("\n#---\n", generated) + "\n");
            List<String> expected = Snippets.oracle(oracle, cases);
            List<String> parsed = Snippets.cases(Files.readString(cases));
            assertEquals(parsed.size(), expected.size(), "oracle answered every case");
            List<String> diffs = Snippets.differences(parsed, expected);
            System.out.println((parsed.size() - diffs.size()) + " of " + parsed.size() + " mutated windows match");
            assertTrue(diffs.isEmpty(), diffs.size() + " cases differ:\n" + String.join("\n", diffs));
        } finally {
            StdlibAstTest.deleteTree(dir);
            Files.deleteIfExists(cases);
        }
    }

    private static List<String> generate(List<Path> files, Random rnd, int count) throws Exception {
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            String[] lines = SourceDecoding.read(files.get(rnd.nextInt(files.size()))).split("\n", -1);
            if (lines.length < 20) {
                continue;
            }
            int i = rnd.nextInt(lines.length - 15);
            while (i < lines.length && (lines[i].startsWith(" ") || lines[i].startsWith("\t") || lines[i].isBlank())) {
                i++;
            }
            int n = 3 + rnd.nextInt(13);
            String chunk = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.min(i, lines.length),
                            Math.min(i + n, lines.length)));
            if (chunk.length() < 3 || chunk.contains("#---") || chunk.contains("\r")) {
                continue;
            }
            int p = rnd.nextInt(chunk.length());
            double k = rnd.nextDouble();
            if (k < 0.4) {
                chunk = chunk.substring(0, p) + chunk.substring(p + 1);
            } else if (k < 0.7) {
                chunk = chunk.substring(0, p) + INSERTS.charAt(rnd.nextInt(INSERTS.length())) + chunk.substring(p);
            } else {
                chunk = chunk.substring(0, p) + chunk.substring(Math.min(chunk.length(), p + 1 + rnd.nextInt(8)));
            }
            if (!chunk.startsWith("#mode: ")) {
                out.add(chunk);
            }
        }
        return out;
    }
}
