package taipan.runtime.str;

import java.util.function.IntPredicate;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.Unicode151;
import taipan.runtime.unicode.UnicodeProps;

/**
 * The {@code str.is*} methods, after {@code unicode_is*_impl} in CPython's {@code Objects/unicodeobject.c}. Behind
 * boundaries: they consult Java's Unicode tables.
 */
public final class StrPredicates {

    private StrPredicates() {
    }

    @TruffleBoundary
    public static boolean isascii(TruffleString self) {
        return self.getCodeRangeUncached(StrCodePoints.UTF32) == TruffleString.CodeRange.ASCII || StrCodePoints.length(self) == 0;
    }

    public static boolean isalpha(TruffleString self) {
        return all(self, UnicodeProps::isAlpha);
    }

    public static boolean isalnum(TruffleString self) {
        return all(self, UnicodeProps::isAlnum);
    }

    public static boolean isdecimal(TruffleString self) {
        return all(self, UnicodeProps::isDecimal);
    }

    public static boolean isdigit(TruffleString self) {
        return all(self, UnicodeProps::isDigit);
    }

    public static boolean isnumeric(TruffleString self) {
        return all(self, UnicodeProps::isNumeric);
    }

    public static boolean isspace(TruffleString self) {
        return all(self, UnicodeProps::isSpace);
    }

    /** True for the empty string, unlike the other predicates. */
    @TruffleBoundary
    public static boolean isprintable(TruffleString self) {
        return StrCodePoints.length(self) == 0 || all(self, Unicode151::isPrintable);
    }

    /** No uppercase or titlecase character, and at least one lowercase one. */
    @TruffleBoundary
    public static boolean islower(TruffleString self) {
        return casedOnlyAs(self, UnicodeProps::isLower, UnicodeProps::isUpper);
    }

    /** No lowercase or titlecase character, and at least one uppercase one. */
    @TruffleBoundary
    public static boolean isupper(TruffleString self) {
        return casedOnlyAs(self, UnicodeProps::isUpper, UnicodeProps::isLower);
    }

    /** At least one character of case {@code wanted} and none of case {@code opposite} or titlecase. */
    private static boolean casedOnlyAs(TruffleString self, IntPredicate wanted, IntPredicate opposite) {
        boolean cased = false;
        for (int cp : StrCodePoints.toArray(self)) {
            if (opposite.test(cp) || UnicodeProps.isTitle(cp)) {
                return false;
            }
            cased |= wanted.test(cp);
        }
        return cased;
    }

    /** Uppercase and titlecase characters only after uncased ones, lowercase ones only after cased ones. */
    @TruffleBoundary
    public static boolean istitle(TruffleString self) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (int cp : StrCodePoints.toArray(self)) {
            if (UnicodeProps.isUpper(cp) || UnicodeProps.isTitle(cp)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (UnicodeProps.isLower(cp)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
        }
        return cased;
    }

    @TruffleBoundary
    public static boolean isidentifier(TruffleString self) {
        int[] cps = StrCodePoints.toArray(self);
        if (cps.length == 0 || !UnicodeProps.isXidStart(cps[0])) {
            return false;
        }
        for (int i = 1; i < cps.length; i++) {
            if (!UnicodeProps.isXidContinue(cps[i])) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} is non-empty and every code point satisfies {@code p}. */
    @TruffleBoundary
    private static boolean all(TruffleString s, IntPredicate p) {
        int[] cps = StrCodePoints.toArray(s);
        if (cps.length == 0) {
            return false;
        }
        for (int cp : cps) {
            if (!p.test(cp)) {
                return false;
            }
        }
        return true;
    }
}
