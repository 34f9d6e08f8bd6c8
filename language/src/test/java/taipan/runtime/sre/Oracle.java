package taipan.runtime.sre;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import taipan.testkit.Json;

/**
 * Runs the reference CPython 3.13 once over a case file (sre_oracle.py) and returns its answers: the sre code of each
 * case and what the real re module computed. Nothing here is hard-coded; it is all produced at test time.
 */
final class Oracle {
    private Oracle() {
    }

    static Path repoRoot() {
        String root = System.getProperty("taipan.repo.root");
        return Path.of(root != null ? root : "..").toAbsolutePath().normalize();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> run(String casesResource) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sre-oracle");
        Path script = copy("sre_oracle.py", dir);
        Path in = copy(casesResource, dir);
        Path out = dir.resolve("out.json");
        Path python = repoRoot().resolve("../shared/oracle/cpython313").normalize();
        Process p = new ProcessBuilder(python.toString(), script.toString(), in.toString(), out.toString())
                        .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("oracle failed: " + log);
        }
        List<Object> raw = (List<Object>) Json.parse(Files.readString(out));
        for (Path file : new Path[]{script, in, out, dir}) {
            Files.deleteIfExists(file);
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Object o : raw) {
            cases.add((Map<String, Object>) o);
        }
        return cases;
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = Oracle.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    static int[] ints(Object list) {
        if (list == null) {
            return null;
        }
        List<?> l = (List<?>) list;
        int[] r = new int[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) (long) (Long) l.get(i);
        }
        return r;
    }

    static long[] longs(Object list) {
        List<?> l = (List<?>) list;
        long[] r = new long[l.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (Long) l.get(i);
        }
        return r;
    }

    /** A readable test name: the case as the case file wrote it, shortened. */
    static String name(Map<String, Object> c) {
        String s = String.valueOf(c.get("case"));
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
