package taipan.runtime.str;

import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.oracle.truffle.api.strings.TruffleString;

/** Case mappings and {@code is*} predicates against CPython, on samples and on every code point. */
class StrCaseTest extends OracleTestBase {

    static final String[] SAMPLES = {"", "a", "A", "hello world", "Hello World", "HELLO", "hELLO wORLD", "ǅungla", "ǆ", "Ǆ",
        "straße", "STRASSE", "ß", "ẞ", "ﬁnance", "ﬃ", "ŉ", "ǰ", "İstanbul", "ıi", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "aΣ", "aΣb", "aΣ.",
        "a.Σ", "a'Σ'", "ΌΣΟΣ ΣΑΣ", "ᾳ", "ᾲ στο", "ᾼ", "Ἀθῆναι", "ﬓ", "և", "ǈ", "ǉ ǋ", "Ꭰꭰ", "ᏸ", "ꭰꭱ", "ა", "Ⴀ", "𐐀𐐨", "𐐨𐐩",
        "𝐀𝐁", "😀", "😀a", "a😀b", "éÉ", "ÿŸ", "µ", "ſ", "K", "Å", "ǅ!", "1a2b", "abc123", "123", "١٢٣", "²³", "½", "一二三",
        "Ⅻ", "①", "x²", " \t\n", "\u00a0", "\u2028", "\u3000", "\u200b", "\u001c", "a b", "_id", "a1", "1a", "αβγ", "ℌ",
        "a\u0301", "\u0301", "abc\u0000", "\u00ad", "\ud7ff", "tab\tnew", "ﬀ ﬅ ﬆ", "ΐ", "ΰ", "ẖẗẘẙẚ", "ᾀᾁ", "ᾷ", "ǰ", "Θεός",
        "déjà vu", "ÀÉÎÕÜ", "the quick BROWN fox", "they're bill's friends", "hello_world-foo", "Mr. o'NEIL", "a\u2163b",
        "\ud800", "\udfff"};

    static final String[] METHODS = {"upper", "lower", "casefold", "swapcase", "capitalize", "title"};

    static final String[] PREDICATES = {"isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
        "islower", "isupper", "istitle", "isidentifier", "isascii"};

    @Override
    void cases(OracleCases c) {
        for (String m : METHODS) {
            c.forEach(m, SAMPLES);
            c.add(m, new OracleCases.CodePoints(0xD83D, 0xDE00, 'a'));
        }
        for (String p : PREDICATES) {
            c.forEach(p, SAMPLES);
        }
        for (int[] range : ranges()) {
            for (String p : PREDICATES) {
                if (!p.equals("istitle") && !p.equals("isascii")) {
                    c.add("range_filter", p, range[0], range[1]);
                }
            }
            for (String m : METHODS) {
                c.add("range_map", m, range[0], range[1]);
            }
            c.add("range_xid_continue", range[0], range[1]).add("range_sigma", range[0], range[1]);
        }
    }

    /** Every code point, in 0x1000 slices up to U+1FFFF and 0x10000 slices above. */
    static int[][] ranges() {
        int[][] r = new int[32 + 15][];
        for (int i = 0; i < 32; i++) {
            r[i] = new int[]{i * 0x1000, (i + 1) * 0x1000};
        }
        for (int i = 0; i < 15; i++) {
            r[32 + i] = new int[]{0x20000 + i * 0x10000, 0x30000 + i * 0x10000};
        }
        return r;
    }

    @Override
    Object apply(String op, Object[] a) {
        return switch (op) {
            case "range_filter" -> rangeFilter(predicate((String) ((TruffleString) a[0]).toJavaStringUncached()), (long) a[1], (long) a[2]);
            case "range_xid_continue" -> rangeFilter(s -> StrPredicates.isidentifier(StrConcatNodeGen.getUncached().execute(null, StrCodePoints.of("a"), s)),
                            (long) a[0], (long) a[1]);
            case "range_sigma" -> rangeSigma((long) a[0], (long) a[1]);
            case "range_map" -> method(((TruffleString) a[0]).toJavaStringUncached()).apply(range((long) a[1], (long) a[2]));
            default -> op.startsWith("is") ? (Object) predicate(op).test((TruffleString) a[0]) : method(op).apply((TruffleString) a[0]);
        };
    }

    static Function<TruffleString, TruffleString> method(String name) {
        return switch (name) {
            case "upper" -> s -> StrUpperNodeGen.getUncached().execute(null, s);
            case "lower" -> s -> StrLowerNodeGen.getUncached().execute(null, s);
            case "casefold" -> StrCase::casefold;
            case "swapcase" -> StrCase::swapcase;
            case "capitalize" -> StrCase::capitalize;
            case "title" -> StrCase::title;
            default -> throw new IllegalArgumentException(name);
        };
    }

    static Predicate<TruffleString> predicate(String name) {
        return switch (name) {
            case "isalpha" -> StrPredicates::isalpha;
            case "isalnum" -> StrPredicates::isalnum;
            case "isdecimal" -> StrPredicates::isdecimal;
            case "isdigit" -> StrPredicates::isdigit;
            case "isnumeric" -> StrPredicates::isnumeric;
            case "isspace" -> StrPredicates::isspace;
            case "isprintable" -> StrPredicates::isprintable;
            case "islower" -> StrPredicates::islower;
            case "isupper" -> StrPredicates::isupper;
            case "istitle" -> StrPredicates::istitle;
            case "isidentifier" -> StrPredicates::isidentifier;
            case "isascii" -> StrPredicates::isascii;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static TruffleString range(long lo, long hi) {
        int[] cps = new int[(int) (hi - lo)];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = (int) lo + i;
        }
        return StrCodePoints.fromArray(cps);
    }

    /** Final-sigma choices around each code point, which exercise Case_Ignorable and Cased. */
    private static TruffleString rangeSigma(long lo, long hi) {
        int[] out = new int[(int) (hi - lo) * 2];
        for (int cp = (int) lo; cp < hi; cp++) {
            int[] before = StrCodePoints.toArray(StrCase.lower(StrCodePoints.fromArray(new int[]{'A', cp, 0x3A3})));
            int[] after = StrCodePoints.toArray(StrCase.lower(StrCodePoints.fromArray(new int[]{'A', 0x3A3, cp})));
            out[2 * (cp - (int) lo)] = before[before.length - 1];
            out[2 * (cp - (int) lo) + 1] = after[1];
        }
        return StrCodePoints.fromArray(out);
    }

    /** The code points of [lo, hi) whose one-character string satisfies {@code p}. */
    private static TruffleString rangeFilter(Predicate<TruffleString> p, long lo, long hi) {
        IntPredicate test = cp -> p.test(StrCodePoints.fromCodePoint(cp));
        int[] kept = java.util.stream.IntStream.range((int) lo, (int) hi).filter(test).toArray();
        return StrCodePoints.fromArray(kept);
    }
}
