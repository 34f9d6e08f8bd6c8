package taipan.frontend.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import taipan.frontend.ast.AstDump;

/** Runs snippet files through the oracle (snippets.py) and through our parser, listing the cases that differ. */
final class Snippets {

    private Snippets() {
    }

    static List<String> cases(String text) {
        return Arrays.asList(text.split("\n#---\n", -1));
    }

    /** Our result for one case, in snippets.py's one-line format. */
    static String ours(String src) {
        Mode mode = Mode.EXEC;
        if (src.startsWith("#mode: ")) {
            int nl = src.indexOf('\n');
            String m = nl < 0 ? src.substring(7) : src.substring(7, nl);
            mode = Mode.valueOf(m.toUpperCase());
            src = nl < 0 ? "" : src.substring(nl + 1);
        }
        try {
            return AstDump.dump(Parser.parse(src, "<s>", mode), true).replace("\n", "\\n");
        } catch (PythonSyntaxError e) {
            return "E " + e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                            + e.endOffset();
        } catch (RuntimeException e) {
            return "crash " + e;
        }
    }

    /** The oracle's result lines for a snippet file. */
    static List<String> oracle(Path oracle, Path snippetFile) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("taipan-snippets");
        Path script = dir.resolve("snippets.py");
        Path out = dir.resolve("out.txt");
        try (InputStream in = Snippets.class.getResourceAsStream("/taipan/frontend/snippets.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Process p = new ProcessBuilder(oracle.toAbsolutePath().toString(), script.toString(), snippetFile.toString(),
                        out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("oracle failed: " + Files.readString(dir.resolve("log")));
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (Path f : List.of(script, out, dir.resolve("log"), dir)) {
            Files.deleteIfExists(f);
        }
        return lines;
    }

    /** The differences between our results and the oracle's, one description per differing case. */
    static List<String> differences(List<String> cases, List<String> expected) {
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String ours = ours(cases.get(i));
            String exp = i < expected.size() ? expected.get(i) : "<missing>";
            if (!ours.equals(exp)) {
                int k = 0;
                while (k < ours.length() && k < exp.length() && ours.charAt(k) == exp.charAt(k)) {
                    k++;
                }
                int from = Math.max(0, k - 120);
                diffs.add("case " + i + ": " + cases.get(i).replace("\n", "\\n") + "\n  ours:     "
                                + ours.substring(from, Math.min(ours.length(), k + 120)) + "\n  expected: "
                                + exp.substring(from, Math.min(exp.length(), k + 120)));
            }
        }
        return diffs;
    }

    /** Command line: snippet file, oracle output file. */
    public static void main(String[] args) throws IOException {
        List<String> cases = cases(Files.readString(Path.of(args[0])));
        List<String> expected = Files.readAllLines(Path.of(args[1]));
        List<String> diffs = differences(cases, expected);
        diffs.forEach(System.out::println);
        System.out.println((cases.size() - diffs.size()) + " of " + cases.size() + " cases match");
    }
}
