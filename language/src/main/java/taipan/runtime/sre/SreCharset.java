package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.BIGCHARSET;
import static taipan.runtime.sre.SreConstants.CATEGORY;
import static taipan.runtime.sre.SreConstants.CHARSET;
import static taipan.runtime.sre.SreConstants.FAILURE;
import static taipan.runtime.sre.SreConstants.LITERAL;
import static taipan.runtime.sre.SreConstants.NEGATE;
import static taipan.runtime.sre.SreConstants.RANGE;
import static taipan.runtime.sre.SreConstants.RANGE_UNI_IGNORE;

/** Set membership and categories of sre code (SRE(charset), sre_category and SRE(at) of sre_lib.h). */
final class SreCharset {
    private SreCharset() {
    }

    /** Whether {@code ch} is in the set starting at {@code p}, a sequence of set items ending with FAILURE. */
    static boolean inCharset(int[] code, int p, int ch) {
        boolean ok = true;
        while (true) {
            int op = code[p++];
            switch (op) {
                case FAILURE:
                    return !ok;
                case NEGATE:
                    ok = !ok;
                    break;
                case LITERAL, CATEGORY, CHARSET, RANGE, RANGE_UNI_IGNORE, BIGCHARSET:
                    if (itemContains(code, op, p, ch)) {
                        return ok;
                    }
                    p += itemSize(code, op, p);
                    break;
                default:
                    // CPython pretends an unknown item did not match
                    return false;
            }
        }
    }

    private static boolean itemContains(int[] code, int op, int p, int ch) {
        return switch (op) {
            case LITERAL -> ch == code[p];
            case CATEGORY -> category(code[p], ch);
            case CHARSET -> ch >= 0 && ch < 256 && (code[p + (ch >>> 5)] & (1 << (ch & 31))) != 0;
            case RANGE -> inRange(code[p], code[p + 1], ch);
            // ch is already lower-cased; its upper case may be in the range too
            case RANGE_UNI_IGNORE -> inRange(code[p], code[p + 1], ch) ||
                            inRange(code[p], code[p + 1], SreChars.upperUnicode(ch));
            default -> inBigCharset(code, p, ch);
        };
    }

    private static int itemSize(int[] code, int op, int p) {
        return switch (op) {
            case LITERAL, CATEGORY -> 1;
            case CHARSET -> 8;
            case RANGE, RANGE_UNI_IGNORE -> 2;
            default -> 1 + 64 + code[p] * 8;
        };
    }

    private static boolean inRange(int lo, int hi, int ch) {
        return Integer.compareUnsigned(lo, ch) <= 0 && Integer.compareUnsigned(ch, hi) <= 0;
    }

    /** BIGCHARSET: a block count, 256 block indices packed as bytes (little-endian) in 64 words, then the blocks. */
    private static boolean inBigCharset(int[] code, int p, int ch) {
        if (ch < 0 || ch >= 0x10000) {
            return false;
        }
        int hi = ch >>> 8;
        int block = (code[p + 1 + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xff;
        int bit = block * 256 + (ch & 255);
        return (code[p + 1 + 64 + (bit >>> 5)] & (1 << (bit & 31))) != 0;
    }

    /** SRE(charset_loc_ignore): the lower or the upper case of ch in the set. */
    static boolean inCharsetLocIgnore(int[] code, int p, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (inCharset(code, p, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && inCharset(code, p, up);
    }

    static boolean category(int category, int ch) {
        return switch (category) {
            case SreConstants.CATEGORY_DIGIT -> SreChars.isDigit(ch);
            case SreConstants.CATEGORY_NOT_DIGIT -> !SreChars.isDigit(ch);
            case SreConstants.CATEGORY_SPACE -> SreChars.isSpace(ch);
            case SreConstants.CATEGORY_NOT_SPACE -> !SreChars.isSpace(ch);
            case SreConstants.CATEGORY_WORD -> SreChars.isWord(ch);
            case SreConstants.CATEGORY_NOT_WORD -> !SreChars.isWord(ch);
            case SreConstants.CATEGORY_LINEBREAK -> SreChars.isLinebreak(ch);
            case SreConstants.CATEGORY_NOT_LINEBREAK -> !SreChars.isLinebreak(ch);
            case SreConstants.CATEGORY_LOC_WORD -> SreChars.isLocWord(ch);
            case SreConstants.CATEGORY_LOC_NOT_WORD -> !SreChars.isLocWord(ch);
            case SreConstants.CATEGORY_UNI_DIGIT -> SreChars.uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT -> !SreChars.uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_SPACE -> SreChars.uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_NOT_SPACE -> !SreChars.uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_WORD -> SreChars.uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_NOT_WORD -> !SreChars.uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_LINEBREAK -> SreChars.uniIsLinebreak(ch);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK -> !SreChars.uniIsLinebreak(ch);
            default -> false;
        };
    }

    /** SRE(at): whether position ptr of the subject satisfies the AT code. */
    static boolean at(int[] s, int end, int ptr, int at) {
        switch (at) {
            case SreConstants.AT_BEGINNING:
            case SreConstants.AT_BEGINNING_STRING:
                return ptr == 0;
            case SreConstants.AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.isLinebreak(s[ptr - 1]);
            case SreConstants.AT_END:
                return (end - ptr == 1 && SreChars.isLinebreak(s[ptr])) || ptr == end;
            case SreConstants.AT_END_LINE:
                return ptr == end || SreChars.isLinebreak(s[ptr]);
            case SreConstants.AT_END_STRING:
                return ptr == end;
            case SreConstants.AT_BOUNDARY:
            case SreConstants.AT_LOC_BOUNDARY:
            case SreConstants.AT_UNI_BOUNDARY:
                return end != 0 && wordBefore(s, ptr, at) != wordAt(s, end, ptr, at);
            case SreConstants.AT_NON_BOUNDARY:
            case SreConstants.AT_LOC_NON_BOUNDARY:
            case SreConstants.AT_UNI_NON_BOUNDARY:
                return end != 0 && wordBefore(s, ptr, at) == wordAt(s, end, ptr, at);
            default:
                return false;
        }
    }

    private static boolean wordBefore(int[] s, int ptr, int at) {
        return ptr > 0 && isWordFor(at, s[ptr - 1]);
    }

    private static boolean wordAt(int[] s, int end, int ptr, int at) {
        return ptr < end && isWordFor(at, s[ptr]);
    }

    private static boolean isWordFor(int at, int ch) {
        if (at == SreConstants.AT_UNI_BOUNDARY || at == SreConstants.AT_UNI_NON_BOUNDARY) {
            return SreChars.uniIsWord(ch);
        }
        if (at == SreConstants.AT_LOC_BOUNDARY || at == SreConstants.AT_LOC_NON_BOUNDARY) {
            return SreChars.isLocWord(ch);
        }
        return SreChars.isWord(ch);
    }
}
