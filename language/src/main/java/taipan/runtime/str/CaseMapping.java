package taipan.runtime.str;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.unicode.Unicode151;

/**
 * Full Unicode case mappings of one code point, as CPython's {@code _PyUnicode_To*Full} give them
 * (UnicodeData.txt plus the unconditional SpecialCasing.txt and CaseFolding.txt entries). Java exposes full mappings
 * only through {@link String#toUpperCase(Locale)}/{@link String#toLowerCase(Locale)}, so those are asked one code
 * point at a time; titlecase and case folding are derived from them.
 */
final class CaseMapping {

    private CaseMapping() {
    }

    static void upper(int cp, CodePointBuffer out) {
        if (cp < 0x80) {
            out.append(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
        } else if (cp < 0xB5) {
            out.append(cp);
        } else {
            appendJava(cp, javaUpper(cp), out);
        }
    }

    static void lower(int cp, CodePointBuffer out) {
        if (cp < 0x80) {
            out.append(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        } else if (cp < 0xC0) {
            out.append(cp);
        } else {
            appendJava(cp, javaLower(cp), out);
        }
    }

    static void title(int cp, CodePointBuffer out) {
        if (cp < 0x80) {
            upper(cp, out);
            return;
        }
        if (cp >= 0x10D0 && cp <= 0x10FF) {
            // Georgian Mkhedruli titlecases to itself (UnicodeData.txt); Java falls back to the Mtavruli capital.
            out.append(cp);
            return;
        }
        int simple = Character.toTitleCase(cp);
        if (cp < 0xB5 || simple != cp || Character.isTitleCase(cp)) {
            appendJava(cp, Character.toString(simple), out);
            return;
        }
        String up = javaUpper(cp);
        if (up.codePointCount(0, up.length()) == 1 || cp == 0x0149) {
            // U+0149's titlecase keeps its capital N (SpecialCasing.txt): the uppercase mapping.
            appendJava(cp, up, out);
        } else if (cp >= 0x1F80 && up.charAt(up.length() - 1) == 0x0399) {
            // Greek with ypogegrammeni: the titlecase keeps the iota subscript (U+0345) where uppercase has U+0399.
            appendJava(cp, up.substring(0, up.length() - 1) + '\u0345', out);
        } else {
            // SpecialCasing.txt's other multi-character titlecases: the uppercase's first letter, the rest lowered.
            int first = up.codePointAt(0);
            appendJava(cp, Character.toString(first) + up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT), out);
        }
    }

    /** Full case folding (CaseFolding.txt statuses C and F). */
    static void fold(int cp, CodePointBuffer out) {
        if (cp < 0x80) {
            lower(cp, out);
        } else if (cp < 0xB5 || cp == 0x0131 || (cp >= 0x13A0 && cp <= 0x13F5)) {
            // Dotless i folds only under Turkic rules; Cherokee capitals are the folded form of Cherokee.
            out.append(cp);
        } else if ((cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
            out.append(Character.toUpperCase(cp));
        } else {
            appendJava(cp, javaFold(cp), out);
        }
    }

    /**
     * Whether SpecialCasing.txt gives {@code cp} a multi-character uppercase (ß, ŉ, ǰ, Greek with diacritics or
     * ypogegrammeni, Armenian and Latin ligatures). Everything else maps one to one, and the cheap simple mapping
     * of {@link Character} is exact.
     */
    private static boolean hasSpecialUpper(int cp) {
        return cp == 0xDF || cp == 0x149 || cp == 0x1F0 || cp == 0x390 || cp == 0x3B0 || cp == 0x587 || (cp >= 0x1E96 && cp <= 0x1E9A) ||
                        (cp >= 0x1F50 && cp <= 0x1FFC) || (cp >= 0xFB00 && cp <= 0xFB17);
    }

    @TruffleBoundary
    private static String javaUpper(int cp) {
        if (!hasSpecialUpper(cp)) {
            return Character.toString(Character.toUpperCase(cp));
        }
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    /** Only U+0130 has a multi-character lowercase outside the context-dependent rules. */
    @TruffleBoundary
    private static String javaLower(int cp) {
        if (cp != 0x130) {
            return Character.toString(Character.toLowerCase(cp));
        }
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /** Folding is lower(upper(lower(c))); only the special uppercases and U+1E9E (which lowers to ß) need strings. */
    @TruffleBoundary
    private static String javaFold(int cp) {
        if (!hasSpecialUpper(cp) && cp != 0x1E9E && cp != 0x130) {
            return Character.toString(Character.toLowerCase(Character.toUpperCase(Character.toLowerCase(cp))));
        }
        return javaLower(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Appends Java's mapping {@code s} of {@code cp}, or {@code cp} itself where the mapping comes from Unicode 16.0
     * (which added case pairs, e.g. U+019B to U+A7DC, that Unicode 15.1 lacks).
     */
    private static void appendJava(int cp, String s, CodePointBuffer out) {
        int mark = out.length();
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (c >= 0x80 && c != cp && Unicode151.isAddedIn16(c) || Unicode151.isAddedIn16(cp)) {
                out.truncate(mark);
                out.append(cp);
                return;
            }
            out.append(c);
            i += Character.charCount(c);
        }
    }
}
