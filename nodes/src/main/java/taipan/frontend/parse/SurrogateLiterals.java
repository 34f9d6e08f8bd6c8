package taipan.frontend.parse;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * String literals with surrogates spelled by escapes (two such escapes in a row spell a high and a low surrogate):
 * Python keeps them as separate code points, which a Java string cannot tell from the pair of one character. The
 * parser notes such a literal's code points here, by the identity of its decoded value, for the translator of the
 * same compilation on the same thread.
 */
public final class SurrogateLiterals {

    private static final ThreadLocal<Map<String, int[]>> MARKED = new ThreadLocal<>();

    private SurrogateLiterals() {
    }

    /** Starts a compilation on this thread; returns the enclosing compilation's table. */
    public static Map<String, int[]> begin() {
        Map<String, int[]> outer = MARKED.get();
        MARKED.set(new IdentityHashMap<>());
        return outer;
    }

    public static void end(Map<String, int[]> outer) {
        MARKED.set(outer);
    }

    /** The code points of a literal value the parser made, when they are not those Java reads from it; else null. */
    public static int[] codePoints(String value) {
        Map<String, int[]> map = MARKED.get();
        return map == null ? null : map.get(value);
    }

    /** Notes {@code value}, in which the set bits of {@code escaped} are surrogates that escapes spelled. */
    static void mark(String value, BitSet escaped) {
        Map<String, int[]> map = MARKED.get();
        if (map == null) {
            return;
        }
        int[] cps = new int[value.length()];
        int n = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            boolean pairs = Character.isHighSurrogate(c) && k + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(k + 1));
            if (pairs && !escaped.get(k) && !escaped.get(k + 1)) {
                cps[n++] = Character.toCodePoint(c, value.charAt(++k));
            } else {
                cps[n++] = c;
            }
        }
        map.put(value, java.util.Arrays.copyOf(cps, n));
    }

    /** Notes {@code joined}, the concatenation of {@code parts}, when one of them was noted. */
    static void concat(java.util.List<String> parts, String joined) {
        Map<String, int[]> map = MARKED.get();
        if (map == null || parts.stream().noneMatch(map::containsKey)) {
            return;
        }
        java.util.stream.IntStream all = java.util.stream.IntStream.empty();
        for (String part : parts) {
            int[] cps = map.get(part);
            all = java.util.stream.IntStream.concat(all, cps != null ? java.util.Arrays.stream(cps) : part.codePoints());
        }
        map.put(joined, all.toArray());
    }
}
