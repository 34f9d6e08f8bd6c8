package taipan.frontend.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command line: parses every .py file under a directory a few times and prints the time per round. */
final class ParseBench {

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> sources = new ArrayList<>();
        try (var walk = Files.walk(Path.of(args[0]))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".py")).toList()) {
                sources.add(SourceDecoding.read(p));
            }
        }
        long chars = sources.stream().mapToLong(String::length).sum();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (String s : sources) {
                Parser.parse(s, "x", Mode.EXEC);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("round " + round + ": " + ms + " ms for " + sources.size() + " files, " + chars + " chars");
        }
    }
}
