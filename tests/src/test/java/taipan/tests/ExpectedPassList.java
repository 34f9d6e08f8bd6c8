package taipan.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conformance programs expected to pass, in the style of GraalPy's tag files: one {@code area/name} per line,
 * {@code #} starts a comment. A listed program that fails fails the build; {@link #addAll} grows the list.
 */
final class ExpectedPassList {

    private final Path file;
    private final List<String> header = new ArrayList<>();
    private final Set<String> entries = new TreeSet<>();

    private ExpectedPassList(Path file) {
        this.file = file;
    }

    /** The list in the source tree, {@code tests/src/test/resources/conformance/expected-pass.txt}. */
    static ExpectedPassList load() {
        Path file = TestEnvironment.testsDir().resolve("src/test/resources/conformance/expected-pass.txt");
        ExpectedPassList list = new ExpectedPassList(file);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
                if (!entry.isEmpty()) {
                    list.entries.add(entry);
                } else if (list.entries.isEmpty()) {
                    list.header.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    boolean contains(String id) {
        return entries.contains(id);
    }

    Set<String> entries() {
        return Set.copyOf(entries);
    }

    /** Adds entries and rewrites the file: the header comments, then every entry sorted. */
    void addAll(Collection<String> ids) {
        entries.addAll(ids);
        List<String> lines = new ArrayList<>(header);
        lines.addAll(entries);
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
