package taipan.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.TruffleFile;

/** Recognises {@code .py} files; their encoding is UTF-8 unless a PEP 263 declaration says otherwise. */
public final class PythonFileDetector implements TruffleFile.FileTypeDetector {

    /** PEP 263's declaration, as CPython's tokenizer matches it in the first two lines. */
    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    @Override
    public String findMimeType(TruffleFile file) throws IOException {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? TaipanLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        byte[] head;
        try (InputStream in = file.newInputStream()) {
            head = in.readNBytes(1024);
        }
        return encodingOf(head);
    }

    /** The charset declared by the first two lines of {@code head}, UTF-8 when none (or a UTF-8 BOM). */
    public static Charset encodingOf(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return charsetFor(m.group(1));
            }
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break; // the declaration may only be on line 2 when line 1 is blank or a comment
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charsetFor(String declared) {
        String n = declared.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.startsWith("latin-1-") || n.equals("iso-8859-1") || n.startsWith("iso-8859-1-")
                        || n.equals("iso-latin-1") || n.startsWith("iso-latin-1-")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8; // the parser reports the unknown encoding as CPython does
        }
    }
}
