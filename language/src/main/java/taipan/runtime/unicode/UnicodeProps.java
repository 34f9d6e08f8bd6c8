package taipan.runtime.unicode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's per-code-point Unicode predicates ({@code Py_UNICODE_IS*}, {@code Objects/unicodectype.c}) on top of
 * {@link Character} as {@link Unicode151} rolls it back to CPython 3.13's Unicode 15.1.
 */
public final class UnicodeProps {

    private UnicodeProps() {
    }

    public static boolean isAlpha(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        int type = Unicode151.getType(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER ||
                        type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER;
    }

    public static boolean isDecimal(int cp) {
        return Unicode151.isDecimal(cp);
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
        if (Unicode151.getType(cp) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte bidi = Character.getDirectionality(cp);
        return bidi == Character.DIRECTIONALITY_WHITESPACE || bidi == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR ||
                        bidi == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** The derived Lowercase property (Ll plus Other_Lowercase). */
    public static boolean isLower(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return Character.isLowerCase(cp) && !Unicode151.isAddedIn16(cp);
    }

    /** The derived Uppercase property (Lu plus Other_Uppercase). */
    public static boolean isUpper(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return Character.isUpperCase(cp) && !Unicode151.isAddedIn16(cp);
    }

    public static boolean isTitle(int cp) {
        return cp >= 0x80 && Unicode151.getType(cp) == Character.TITLECASE_LETTER;
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
        int type = Unicode151.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT ||
                        type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL;
    }

    /** XID_Start, the first character of an identifier (plus the underscore, as Python allows). */
    public static boolean isXidStart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || isAlpha(cp);
        }
        return Character.isUnicodeIdentifierStart(cp) && !Unicode151.isAddedIn16(cp) && !IdentifierExceptions.notXidStart(cp);
    }

    public static boolean isXidContinue(int cp) {
        if (cp < 0x80) {
            return cp == '_' || isAlpha(cp) || (cp >= '0' && cp <= '9');
        }
        if (cp == 0x200C || cp == 0x200D) {
            // ZERO WIDTH (NON-)JOINER joined ID_Continue in Unicode 15.1; Java calls them identifier-ignorable.
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !Unicode151.isAddedIn16(cp) &&
                        !IdentifierExceptions.notXidContinue(cp);
    }
}
