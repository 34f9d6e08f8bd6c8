package taipan.frontend.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import taipan.frontend.ast.AstDump;
import taipan.frontend.ast.Mod;

/** Compares our ast dumps of a tree of .py files with CPython's, as written by dumpall.py. */
final class AstComparison {

    private AstComparison() {
    }

    /** Reads dumpall.py's output: relative path to dump line. */
    static Map<String, String> readExpected(Path dumpFile) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String all = Files.readString(dumpFile, StandardCharsets.UTF_8);
        int i = 0;
        while (i < all.length()) {
            int nl = all.indexOf('\n', i);
            String header = all.substring(i, nl);
            int nl2 = all.indexOf('\n', nl + 1);
            out.put(header.substring(4), all.substring(nl + 1, nl2));
            i = nl2 + 1;
        }
        return out;
    }

    /** Null when our dump equals {@code expected}, else a description of the first difference. */
    static String compare(Path root, String rel, String expected) {
        String ours;
        try {
            String src = SourceDecoding.read(root.resolve(rel));
            Mod m = Parser.parse(src, rel, Mode.EXEC);
            ours = AstDump.dump(m, true);
        } catch (PythonSyntaxError e) {
            ours = "!!! " + e.kind() + ": " + e.msg() + " (" + e.lineno() + ", " + e.offset() + ")";
        } catch (IOException | RuntimeException e) {
            return "crash: " + e;
        }
        if (ours.equals(expected)) {
            return null;
        }
        int k = 0;
        while (k < ours.length() && k < expected.length() && ours.charAt(k) == expected.charAt(k)) {
            k++;
        }
        int from = Math.max(0, k - 150);
        return "differs at char " + k + "\n  ours:     ..." + ours.substring(from, Math.min(ours.length(), k + 150))
                        + "\n  expected: ..." + expected.substring(from, Math.min(expected.length(), k + 150));
    }

    /** Command line: root dir, dump file; prints the failures and the count. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Map<String, String> expected = readExpected(Path.of(args[1]));
        int ok = 0;
        long t0 = System.nanoTime();
        StringBuilder passing = new StringBuilder();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String diff = compare(root, e.getKey(), e.getValue());
            if (diff == null) {
                ok++;
                passing.append(e.getKey()).append('\n');
            } else if (args.length < 3 || e.getKey().contains(args[2])) {
                System.out.println("FAIL " + e.getKey() + ": " + diff);
            }
        }
        System.out.println(ok + " of " + expected.size() + " match (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        Files.writeString(Path.of("/tmp/ast-pass.txt"), passing);
    }
}
