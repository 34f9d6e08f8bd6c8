package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's per-code-point Unicode predicates ({@code Py_UNICODE_IS*}, {@code Objects/unicodectype.c}) on top of
 * {@link Character}. CPython 3.13 uses Unicode 15.1 while JDK 25 knows Unicode 16.0, so code points that 16.0
 * assigned are treated as unassigned here ({@link Unicode16Additions}).
 */
public final class UnicodeProps {

    private UnicodeProps() {
    }

    /** The general category as Unicode 15.1 has it ({@link Character#getType(int)} constants). */
    public static int category(int cp) {
        if (cp >= 0x80 && Unicode16Additions.contains(cp)) {
            return Character.UNASSIGNED;
        }
        if (cp == 0x1171E) {
            // The one category that Unicode 16.0 changed: AHOM CONSONANT SIGN MEDIAL RA was Mn in 15.1.
            return Character.NON_SPACING_MARK;
        }
        return Character.getType(cp);
    }

    public static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        int type = category(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER ||
                        type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER;
    }

    public static boolean isDecimal(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return category(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type=Decimal or Digit. */
    public static boolean isDigit(int cp) {
        return isDecimal(cp) || NumericTypes.isDigitType(cp);
    }

    /** Any Numeric_Type (Decimal, Digit or Numeric, Unihan numerals included). */
    public static boolean isNumeric(int cp) {
        return isDecimal(cp) || NumericTypes.isDigitType(cp) || NumericTypes.isNumericType(cp);
    }

    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    /** Zs, or bidirectional class WS, B or S: CPython's definition of whitespace. ASCII is decided inline. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return isNonAsciiSpace(cp);
    }

    @TruffleBoundary
    private static boolean isNonAsciiSpace(int cp) {
        if (category(cp) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte bidi = Character.getDirectionality(cp);
        return bidi == Character.DIRECTIONALITY_WHITESPACE || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR ||
                        bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** Not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, except the ASCII space. */
    public static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7F;
        }
        switch (category(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** The derived Lowercase property (Ll plus Other_Lowercase). */
    public static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp) && !Unicode16Additions.contains(cp);
    }

    /** The derived Uppercase property (Lu plus Other_Uppercase). */
    public static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) && !Unicode16Additions.contains(cp);
    }

    public static boolean isTitle(int cp) {
        return cp >= 0x80 && category(cp) == Character.TITLECASE_LETTER;
    }

    public static boolean isCased(int cp) {
        return isLower(cp) || isUpper(cp) || isTitle(cp);
    }

    /** Case_Ignorable: Mn, Me, Cf, Lm, Sk, or Word_Break MidLetter, MidNumLet or Single_Quote. */
    public static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', '^', '`', 0xA8, 0xAD, 0xAF, 0xB4, 0xB7, 0xB8, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027,
                            0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        if (cp < 0x80) {
            return false;
        }
        int type = category(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT ||
                        type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL;
    }

    /** XID_Start, the first character of an identifier (plus the underscore, as Python allows). */
    public static boolean isXidStart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || isAlpha(cp);
        }
        return Character.isUnicodeIdentifierStart(cp) && !Unicode16Additions.contains(cp) && !IdentifierExceptions.notXidStart(cp);
    }

    public static boolean isXidContinue(int cp) {
        if (cp < 0x80) {
            return cp == '_' || isAlpha(cp) || (cp >= '0' && cp <= '9');
        }
        if (cp == 0x200C || cp == 0x200D) {
            // ZERO WIDTH (NON-)JOINER joined ID_Continue in Unicode 15.1; Java calls them identifier-ignorable.
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !Unicode16Additions.contains(cp) &&
                        !IdentifierExceptions.notXidContinue(cp);
    }
}
