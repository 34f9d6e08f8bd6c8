package taipan.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the conformance corpus ({@code shared/conformance/AREA/NNN_name.py}) and what CPython 3.13 does
 * with it: {@code NAME.out} (stdout), {@code NAME.err} (stderr, where present), {@code NAME.rc} (exit status, else 0).
 */
record CorpusProgram(String area, String name, Path script) {

    /** The corpus entry's id, {@code area/name}, as {@code run.sh} and the expected-pass list name it. */
    String id() {
        return area + "/" + name;
    }

    Path folder() {
        return script.getParent();
    }

    /** Every program of the corpus, sorted as {@code run.sh} runs them: files {@code AREA/[0-9]*.py}. */
    static List<CorpusProgram> all(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py"))
                            .filter(p -> Character.isDigit(p.getFileName().toString().charAt(0)))
                            .sorted()
                            .map(CorpusProgram::of)
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusProgram of(Path script) {
        String file = script.getFileName().toString();
        return new CorpusProgram(script.getParent().getFileName().toString(), file.substring(0, file.length() - 3),
                        script.toAbsolutePath());
    }

    /**
     * Why {@code result} differs from CPython's behaviour, in the words {@code run.sh} uses, or null when it matches.
     * Absolute paths into the program's folder are cut first, as {@code run.sh} does, so expected files hold bare
     * file names.
     */
    String mismatch(ProgramResult result) {
        String cut = folder() + "/";
        String out = result.stdout().replace(cut, "");
        String err = result.stderr().replace(cut, "");
        // Truffle canonicalises a file source's path, so a corpus reached through a symbolic link shows its real
        // folder in tracebacks (CPython shows the path as typed: a known launcher difference, issue 8)
        String realCut = realFolder() + "/";
        out = out.replace(realCut, "");
        err = err.replace(realCut, "");
        String wantOut = read(".out");
        String wantErr = read(".err");
        String wantRc = read(".rc");
        int expectedStatus = wantRc == null ? 0 : Integer.parseInt(wantRc.strip());
        if (result.status() == ProgramResult.TIMED_OUT) {
            return "timed out";
        } else if (!out.equals(wantOut == null ? "" : wantOut)) {
            return "stdout differs (rc=" + result.status() + "): " + firstDifference(wantOut, out) + lastLine(err);
        } else if (wantErr != null && !err.equals(wantErr)) {
            return "stderr differs: " + firstDifference(wantErr, err);
        } else if (result.status() != expectedStatus) {
            return "exit status " + result.status() + ", expected " + expectedStatus + lastLine(err);
        }
        return null;
    }

    private Path realFolder() {
        try {
            return folder().toRealPath();
        } catch (IOException e) {
            return folder();
        }
    }

    private String read(String suffix) {
        Path file = folder().resolve(name + suffix);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line that differs, as {@code diff} would point at it: expected {@code <}, actual {@code >}. */
    static String firstDifference(String expected, String actual) {
        String[] want = (expected == null ? "" : expected).split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : null;
            String g = i < got.length ? got[i] : null;
            if (w == null || !w.equals(g)) {
                return "line " + (i + 1) + ": < " + clip(w) + " | > " + clip(g);
            }
        }
        return "(same lines)";
    }

    private static String lastLine(String err) {
        String trimmed = err.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return " [stderr: " + clip(trimmed.substring(trimmed.lastIndexOf('\n') + 1)) + "]";
    }

    private static String clip(String s) {
        if (s == null) {
            return "(none)";
        }
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
