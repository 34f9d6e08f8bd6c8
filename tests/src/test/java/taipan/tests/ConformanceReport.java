package taipan.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects one conformance run's results; at the end prints the summary and the programs that pass but are not yet
 * on the expected-pass list, writes {@code target/conformance-NAME.txt} ({@code PASS id}/{@code FAIL id} lines, as
 * {@code run.sh}'s RESULTS file), and with {@code -Dconformance.update=true} adds the newcomers to the list.
 */
final class ConformanceReport {

    private final String name;
    private final ExpectedPassList list;
    private final Map<String, Boolean> results = new TreeMap<>();
    private int notRun;

    ConformanceReport(String name, ExpectedPassList list) {
        this.name = name;
        this.list = list;
    }

    synchronized void record(String id, boolean passed) {
        results.put(id, passed);
    }

    /** A program left unrun because the time budget was spent. */
    synchronized void notRun() {
        notRun++;
    }

    synchronized void finish(boolean update) {
        List<String> newcomers = new ArrayList<>();
        int passed = 0;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Boolean> result : results.entrySet()) {
            lines.add((result.getValue() ? "PASS " : "FAIL ") + result.getKey());
            if (result.getValue()) {
                passed++;
                if (!list.contains(result.getKey())) {
                    newcomers.add(result.getKey());
                }
            }
        }
        write(lines);
        System.out.printf("conformance (%s): %d passed, %d failed, %d not run (time budget); %d listed as expected"
                        + " to pass%n", name, passed, results.size() - passed, notRun, list.entries().size());
        if (!newcomers.isEmpty() && update) {
            list.addAll(newcomers);
            System.out.println("conformance: added to expected-pass.txt: " + String.join(" ", newcomers));
        } else if (!newcomers.isEmpty()) {
            System.out.println("conformance: passing but not on expected-pass.txt (add them, or run with"
                            + " -Dconformance.update=true): " + String.join(" ", newcomers));
        }
    }

    private void write(List<String> lines) {
        Path file = TestEnvironment.testsDir().resolve("target/conformance-" + name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
