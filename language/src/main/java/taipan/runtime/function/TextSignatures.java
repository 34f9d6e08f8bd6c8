package taipan.runtime.function;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's {@code __text_signature__} of built-in functions and methods (the Argument Clinic signatures that
 * {@code inspect.signature} parses), read once from {@code text_signatures.tsv} beside this class.
 */
public final class TextSignatures {

    private TextSignatures() {
    }

    /** Loaded on first use: most programs never ask for a built-in's signature. */
    private static final class Table {
        static final Map<String, String> SIGNATURES = load();
    }

    /** The signature of {@code MODULE.NAME} or {@code CLASS.NAME}, or null when CPython has none. */
    @TruffleBoundary
    public static String of(String key) {
        return Table.SIGNATURES.get(key);
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = TextSignatures.class.getResourceAsStream("text_signatures.tsv")) {
            if (in == null) {
                return table;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    table.putIfAbsent(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
