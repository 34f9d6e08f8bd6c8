package taipan.runtime.unicode;

import java.util.Locale;

/**
 * The Unicode character properties {@code unicodedata} reports, read from {@link Character} (whose data is the
 * JDK's Unicode version, 16.0 for JDK 25, where CPython 3.13 ships 15.1). Properties the JDK does not expose
 * (canonical combining class, East Asian width) come from small range tables that cover the common scripts.
 */
public final class UnicodeProperties {

    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No",
        "Zs", "Zl", "Zp", "Cc", "Cf", "Cn", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};

    private static final String[] DIRECTIONS = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S",
        "WS", "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    /** Combining classes of U+0300..U+036F, the combining diacritical marks block. */
    private static final int[] DIACRITICS = {
        230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230,
        230, 230, 230, 230, 230, 232, 220, 220, 220, 220, 232, 216, 220, 220, 220, 220,
        220, 202, 202, 220, 220, 220, 220, 202, 202, 220, 220, 220, 220, 220, 220, 220,
        220, 220, 220, 220, 1, 1, 1, 1, 1, 220, 220, 220, 220, 230, 230, 230,
        230, 230, 230, 230, 230, 240, 230, 220, 220, 220, 230, 230, 230, 220, 220, 0,
        230, 230, 230, 220, 220, 220, 220, 230, 232, 220, 220, 230, 233, 234, 234, 233,
        234, 234, 233, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230};

    private UnicodeProperties() {
    }

    public static String category(int cp) {
        return CATEGORIES[Character.getType(cp)];
    }

    public static String bidirectional(int cp) {
        byte d = Character.getDirectionality(cp);
        return d < 0 || d >= DIRECTIONS.length ? "" : DIRECTIONS[d];
    }

    /** The character's name, or null when it has none (controls, unassigned, private use). */
    public static String name(int cp) {
        if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x323AF)) {
            return Character.isDefined(cp) ? "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) : null;
        } else if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return hangulName(cp);
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE ||
                        type == Character.PRIVATE_USE) {
            return null;
        }
        return Character.getName(cp);
    }

    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** Hangul syllable names are built from their jamo (Unicode's chapter 3.12). */
    private static String hangulName(int cp) {
        int s = cp - 0xAC00;
        return "HANGUL SYLLABLE " + LEADS[s / (21 * 28)] + VOWELS[(s % (21 * 28)) / 28] + TAILS[s % 28];
    }

    /** The code point named {@code name} (case-insensitive), or -1. */
    public static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(upper.substring(22), 16);
                return upper.equals(name(cp)) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        } else if (upper.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
                if (hangulName(cp).equals(upper)) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(upper);
            return name(cp) != null ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The canonical combining class: exact for U+0300..U+036F, 230 for other non-spacing marks, 0 otherwise. */
    public static int combining(int cp) {
        if (cp >= 0x300 && cp <= 0x36F) {
            return DIACRITICS[cp - 0x300];
        } else if (cp == 0x3099 || cp == 0x309A) {
            return 8;
        } else if (Character.getType(cp) == Character.NON_SPACING_MARK && !(cp >= 0x20D0 && cp <= 0x20FF && cp == 0x20E3)) {
            return cp == 0x94D || cp == 0x9CD || cp == 0xA4D || cp == 0xACD || cp == 0xB4D || cp == 0xBCD || cp == 0xC4D ? 9 : 230;
        }
        return 0;
    }

    /** The numeric value of a character, or NaN when it has none. */
    public static double numeric(int cp) {
        double fraction = fraction(cp);
        if (!Double.isNaN(fraction)) {
            return fraction;
        }
        int cjk = "〇一二三四五六七八九".indexOf(cp);
        if (cjk >= 0) {
            return cjk;
        }
        switch (cp) {
            case '十', '拾':
                return 10;
            case '百', '佰':
                return 100;
            case '千', '仟':
                return 1000;
            case '万', '萬':
                return 10000;
            case '億':
                return 100000000;
            default:
                break;
        }
        int type = Character.getType(cp);
        int value = Character.getNumericValue(cp);
        boolean numericType = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        return numericType && value >= 0 ? value : Double.NaN;
    }

    private static double fraction(int cp) {
        return switch (cp) {
            case 0xBC -> 0.25;
            case 0xBD -> 0.5;
            case 0xBE -> 0.75;
            case 0x2150 -> 1.0 / 7;
            case 0x2151 -> 1.0 / 9;
            case 0x2152 -> 0.1;
            case 0x2153 -> 1.0 / 3;
            case 0x2154 -> 2.0 / 3;
            case 0x2155 -> 0.2;
            case 0x2156 -> 0.4;
            case 0x2157 -> 0.6;
            case 0x2158 -> 0.8;
            case 0x2159 -> 1.0 / 6;
            case 0x215A -> 5.0 / 6;
            case 0x215B -> 0.125;
            case 0x215C -> 0.375;
            case 0x215D -> 0.625;
            case 0x215E -> 0.875;
            case 0x215F -> 1.0;
            case 0x2189 -> 0.0;
            default -> Double.NaN;
        };
    }

    /** The digit value (decimal digits and digit-like numbers such as superscripts), or -1. */
    public static int digit(int cp) {
        int type = Character.getType(cp);
        int value = Character.getNumericValue(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER || (type == Character.OTHER_NUMBER && value >= 0 && value <= 9 &&
                        Double.isNaN(fraction(cp)))) {
            return value;
        }
        return -1;
    }

    /** The decimal digit value, or -1. */
    public static int decimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.getNumericValue(cp) : -1;
    }

    /** The East Asian width: W, F, H, Na, A or N, from the ranges of EastAsianWidth.txt that matter most. */
    public static String eastAsianWidth(int cp) {
        if ((cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp == 0x3000) {
            return "F";
        } else if ((cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE) || cp == 0x20A9) {
            return "H";
        } else if ((cp >= 0x20 && cp <= 0x7E) || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0xA6 || cp == 0xAC ||
                        cp == 0xAF || (cp >= 0x27E6 && cp <= 0x27ED) || cp == 0x2985 || cp == 0x2986) {
            return "Na";
        } else if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF) ||
                        (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
                        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                        (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
            return "W";
        } else if (cp == 0xA1 || cp == 0xA4 || cp == 0xA7 || cp == 0xA8 || cp == 0xAA || cp == 0xAD || cp == 0xAE ||
                        (cp >= 0xB0 && cp <= 0xB4) || (cp >= 0xB6 && cp <= 0xBA) || (cp >= 0xBC && cp <= 0xBF) ||
                        cp == 0xC6 || cp == 0xD0 || cp == 0xD7 || cp == 0xD8 || (cp >= 0xDE && cp <= 0xE1) || cp == 0xE6 ||
                        (cp >= 0xE8 && cp <= 0xEA) || cp == 0xEC || cp == 0xED || cp == 0xF0 || cp == 0xF2 || cp == 0xF3 ||
                        (cp >= 0xF7 && cp <= 0xFA) || cp == 0xFC || cp == 0xFE || (cp >= 0x300 && cp <= 0x36F) ||
                        (cp >= 0x2160 && cp <= 0x216B) || (cp >= 0x2170 && cp <= 0x2179) || (cp >= 0x391 && cp <= 0x3C9) ||
                        (cp >= 0x401 && cp <= 0x451) || (cp >= 0x2010 && cp <= 0x2027 && cp != 0x2011) ||
                        (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2500 && cp <= 0x257F) || (cp >= 0xE000 && cp <= 0xF8FF)) {
            return "A";
        }
        return "N";
    }
}
