package taipan.runtime.unicode;

/**
 * Java's Unicode tables (16.0 on JDK 25) seen as CPython 3.13's Unicode 15.1 database: code points first assigned in
 * 16.0 are unassigned (Cn), and the one changed category is restored. Everything that asks {@link Character} about a
 * code point's category, printability or decimal value goes through here.
 */
public final class Unicode151 {
    /** Code points assigned by Unicode 16.0 (DerivedAge.txt, age 16.0): inclusive [first, last] pairs, ascending. */
    private static final int[] ADDED_IN_16 = {0x897, 0x897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x2427,
        0x2429, 0x31E4, 0x31E5, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC, 0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85,
        0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E,
        0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5,
        0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F5A, 0x11F5A,
        0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79, 0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3,
        0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89, 0x1FA8F, 0x1FA8F,
        0x1FABE, 0x1FABE, 0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9, 0x1FBCB, 0x1FBEF};

    private Unicode151() {
    }

    /** Whether Unicode 16.0 assigned {@code cp}: Java knows it, CPython 3.13 does not. */
    public static boolean isAddedIn16(int cp) {
        if (cp < ADDED_IN_16[0]) {
            return false;
        }
        int lo = 0;
        int hi = ADDED_IN_16.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ADDED_IN_16[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ADDED_IN_16[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether Unicode 15.1 assigns {@code cp} (its category is not Cn). */
    public static boolean isAssigned(int cp) {
        return getType(cp) != Character.UNASSIGNED;
    }

    /** The general category as Unicode 15.1 has it ({@link Character#getType(int)} constants). */
    public static int getType(int cp) {
        if (cp >= 0x80 && isAddedIn16(cp)) {
            return Character.UNASSIGNED;
        }
        if (cp == 0x1171E) {
            // The one category that Unicode 16.0 changed: AHOM CONSONANT SIGN MEDIAL RA was Mn in 15.1.
            return Character.NON_SPACING_MARK;
        }
        return Character.getType(cp);
    }

    /**
     * Py_UNICODE_ISPRINTABLE (str.isprintable per code point, repr's test): everything but the categories Cc, Cf, Cs,
     * Co, Cn, Zl, Zp and Zs, the ASCII space excepted.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7F;
        }
        switch (getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Py_UNICODE_ISDECIMAL: category Nd. */
    public static boolean isDecimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Py_UNICODE_TODECIMAL: the value of a decimal digit (category Nd), else -1. */
    public static int decimalValue(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        return isDecimal(cp) ? Character.digit(cp, 10) : -1;
    }
}
