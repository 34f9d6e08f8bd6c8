package taipan.frontend.parse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a source file honouring a PEP 263 coding declaration in its first two lines (UTF-8 otherwise). */
final class SourceDecoding {

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoding() {
    }

    static String read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        String latin = new String(b, 0, Math.min(b.length, 400), StandardCharsets.ISO_8859_1);
        String[] lines = latin.split("\n", 3);
        Charset cs = StandardCharsets.UTF_8;
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                String name = m.group(1).toLowerCase();
                if (!name.startsWith("utf-8") && !name.equals("utf8")) {
                    cs = Charset.forName(name.equals("latin-1") ? "ISO-8859-1" : name);
                }
                break;
            }
        }
        return new String(b, cs);
    }
}
