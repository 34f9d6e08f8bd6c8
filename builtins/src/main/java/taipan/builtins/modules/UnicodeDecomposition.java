package taipan.builtins.modules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * {@code unicodedata.decomposition}: the JDK has no decomposition mapping, so it is recovered from
 * {@link Normalizer}. A canonical decomposition is one step of NFD (the first character kept composed when NFC
 * recomposes it); a compatibility one is NFKD with a tag guessed from the character's kind.
 */
final class UnicodeDecomposition {

    private UnicodeDecomposition() {
    }

    static String of(int cp) {
        String c = new String(Character.toChars(cp));
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return ""; // Hangul syllables decompose algorithmically: UnicodeData.txt lists no mapping
        }
        String nfd = Normalizer.normalize(c, Normalizer.Form.NFD);
        if (!nfd.equals(c)) {
            int first = nfd.codePointAt(0);
            String rest = nfd.substring(Character.charCount(first));
            // one level only: recompose the base with all but the last mark
            if (rest.codePointCount(0, rest.length()) > 1) {
                int lastStart = rest.offsetByCodePoints(0, rest.codePointCount(0, rest.length()) - 1);
                String base = Normalizer.normalize(nfd.substring(0, Character.charCount(first) + lastStart), Normalizer.Form.NFC);
                if (base.codePointCount(0, base.length()) == 1) {
                    return hex(base + rest.substring(lastStart));
                }
            }
            return hex(nfd);
        }
        String nfkd = Normalizer.normalize(c, Normalizer.Form.NFKD);
        if (!nfkd.equals(c)) {
            return tag(cp) + " " + hex(nfkd);
        }
        return "";
    }

    private static String tag(int cp) {
        if ((cp >= 0x2070 && cp <= 0x207F) || cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0xAA || cp == 0xBA) {
            return "<super>";
        } else if (cp >= 0x2080 && cp <= 0x209C) {
            return "<sub>";
        } else if ((cp >= 0xBC && cp <= 0xBE) || (cp >= 0x2150 && cp <= 0x215F) || cp == 0x2189) {
            return "<fraction>";
        } else if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F) {
            return "<noBreak>";
        } else if (cp >= 0xFF01 && cp <= 0xFFEE) {
            return cp >= 0xFF61 ? "<narrow>" : "<wide>";
        } else if (cp >= 0x2460 && cp <= 0x24FF) {
            return "<circle>";
        } else if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            return "<font>";
        } else if (cp >= 0xFB50 && cp <= 0xFEFC) {
            return "<isolated>";
        } else if (cp >= 0x3300 && cp <= 0x33FF) {
            return "<square>";
        }
        return "<compat>";
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(p -> out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%04X", p)));
        return out.toString();
    }
}
