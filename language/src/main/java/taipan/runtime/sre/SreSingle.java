package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.*;

/** The opcodes that match exactly one character, tested without a frame (the simple cases of SRE(match)). */
final class SreSingle {
    private SreSingle() {
    }

    /** Whether op is an opcode that consumes exactly one character and that {@link #matches} knows. */
    static boolean isSingle(int op) {
        return switch (op) {
            case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
                            LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, ANY, ANY_ALL, CATEGORY, IN, IN_IGNORE,
                            IN_UNI_IGNORE, IN_LOC_IGNORE -> true;
            default -> false;
        };
    }

    static boolean isGroupRef(int op) {
        return op == GROUPREF || op == GROUPREF_IGNORE || op == GROUPREF_UNI_IGNORE || op == GROUPREF_LOC_IGNORE;
    }

    /** Whether ch matches the one-character opcode op whose operands start at p. */
    static boolean matches(int[] c, int op, int p, int ch) {
        return switch (op) {
            case LITERAL -> ch == c[p];
            case NOT_LITERAL -> ch != c[p];
            case LITERAL_IGNORE -> SreChars.lowerAscii(ch) == c[p];
            case NOT_LITERAL_IGNORE -> SreChars.lowerAscii(ch) != c[p];
            case LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(ch) == c[p];
            case NOT_LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(ch) != c[p];
            case LITERAL_LOC_IGNORE -> SreChars.charLocIgnore(c[p], ch);
            case NOT_LITERAL_LOC_IGNORE -> !SreChars.charLocIgnore(c[p], ch);
            case ANY -> !SreChars.isLinebreak(ch);
            case ANY_ALL -> true;
            case CATEGORY -> SreCharset.category(c[p], ch);
            case IN -> SreCharset.inCharset(c, p + 1, ch);
            case IN_IGNORE -> SreCharset.inCharset(c, p + 1, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE -> SreCharset.inCharset(c, p + 1, SreChars.lowerUnicode(ch));
            case IN_LOC_IGNORE -> SreCharset.inCharsetLocIgnore(c, p + 1, ch);
            default -> throw SreException.internal();
        };
    }

    /** The code index after the operands of op, which start at p. */
    static int next(int[] c, int op, int p) {
        return switch (op) {
            case ANY, ANY_ALL -> p;
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> p + c[p];
            default -> p + 1;
        };
    }

    /**
     * Whether SRE(count) may scan the item at pc directly: the opcodes CPython counts inline, and any other
     * one-character opcode followed by SUCCESS, for which a sub-match would do the same.
     */
    static boolean isCountable(int[] c, int op, int pc) {
        switch (op) {
            case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE,
                            LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, ANY, IN:
                return true;
            case CATEGORY, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE:
                int after = next(c, op, pc + 1);
                return after < c.length && c[after] == SUCCESS;
            default:
                return false;
        }
    }
}
