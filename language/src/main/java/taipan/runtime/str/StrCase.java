package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.unicode.UnicodeProps;

/**
 * {@code str.upper/lower/casefold/swapcase/capitalize/title}, after {@code do_upper}, {@code do_lower}, ... in
 * CPython's {@code Objects/unicodeobject.c}: full case mappings, with the final-sigma rule wherever CPython lowers.
 * Behind a boundary: the Unicode tables are large Java library code.
 */
public final class StrCase {

    private static final int CAPITAL_SIGMA = 0x3A3;

    private StrCase() {
    }

    @TruffleBoundary
    public static TruffleString upper(TruffleString self) {
        return mapEach(self, CaseMapping::upper);
    }

    @TruffleBoundary
    public static TruffleString lower(TruffleString self) {
        int[] cps = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(cps.length);
        for (int i = 0; i < cps.length; i++) {
            lowerAt(cps, i, out);
        }
        return out.toStr();
    }

    @TruffleBoundary
    public static TruffleString casefold(TruffleString self) {
        return mapEach(self, CaseMapping::fold);
    }

    /** A case mapping of one code point that needs no context: appends its one to three code points. */
    private interface CodePointMapping {
        void map(int cp, CodePointBuffer out);
    }

    private static TruffleString mapEach(TruffleString self, CodePointMapping mapping) {
        int[] cps = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(cps.length);
        for (int cp : cps) {
            mapping.map(cp, out);
        }
        return out.toStr();
    }

    @TruffleBoundary
    public static TruffleString swapcase(TruffleString self) {
        int[] cps = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (UnicodeProps.isUpper(cp)) {
                lowerAt(cps, i, out);
            } else if (UnicodeProps.isLower(cp)) {
                CaseMapping.upper(cp, out);
            } else {
                out.append(cp);
            }
        }
        return out.toStr();
    }

    /** The first character titlecased (not uppercased, since Python 3.8), the rest lowered. */
    @TruffleBoundary
    public static TruffleString capitalize(TruffleString self) {
        if (self.getCodeRangeUncached(StrCodePoints.UTF32) == TruffleString.CodeRange.ASCII) {
            return StrAsciiCase.mapUncached(self, StrAsciiCase.CAPITALIZE);
        }
        int[] cps = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (i == 0) {
                CaseMapping.title(cps[0], out);
            } else {
                lowerAt(cps, i, out);
            }
        }
        return out.toStr();
    }

    @TruffleBoundary
    public static TruffleString title(TruffleString self) {
        int[] cps = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(cps.length);
        boolean previousIsCased = false;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (previousIsCased) {
                lowerAt(cps, i, out);
            } else {
                CaseMapping.title(cp, out);
            }
            previousIsCased = UnicodeProps.isCased(cp);
        }
        return out.toStr();
    }

    /** CPython's {@code lower_ucs4}: the full lowercase, with U+03A3 chosen by its context. */
    private static void lowerAt(int[] cps, int i, CodePointBuffer out) {
        if (cps[i] == CAPITAL_SIGMA) {
            out.append(isFinalSigma(cps, i) ? 0x3C2 : 0x3C3);
        } else {
            CaseMapping.lower(cps[i], out);
        }
    }

    /** Unicode's Final_Sigma: a cased letter (case-ignorables skipped) before, none after. */
    private static boolean isFinalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && UnicodeProps.isCaseIgnorable(cps[j])) {
            j--;
        }
        if (j < 0 || !UnicodeProps.isCased(cps[j])) {
            return false;
        }
        j = i + 1;
        while (j < cps.length && UnicodeProps.isCaseIgnorable(cps[j])) {
            j++;
        }
        return j == cps.length || !UnicodeProps.isCased(cps[j]);
    }
}
