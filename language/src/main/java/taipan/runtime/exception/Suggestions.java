package taipan.runtime.exception;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The "Did you mean" match of CPython 3.13's {@code Python/suggestions.c} ({@code _suggestions._generate_suggestions},
 * which {@code traceback} uses): the candidate at the smallest Levenshtein distance over UTF-8 bytes, where a case
 * change costs 1 and any other edit 2, and no more than a third of the characters may change. The same match
 * names the parameter an unexpected keyword argument was meant to be ({@code KeywordSuggestion}).
 */
public final class Suggestions {

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** The closest of {@code candidates} (str items; others are skipped) to {@code name}, or null. */
    @TruffleBoundary
    public static TruffleString closest(Object[] candidates, String name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        TruffleString[] items = new TruffleString[candidates.length];
        String[] texts = new String[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            Object candidate = candidates[i];
            items[i] = candidate instanceof TruffleString s ? s
                            : taipan.runtime.object.PBuiltinSubclassObject.unwrap(candidate) instanceof TruffleString s ? s : null;
            texts[i] = items[i] == null ? null : items[i].toJavaStringUncached();
        }
        int best = closestIndex(name, texts);
        return best < 0 ? null : items[best];
    }

    /** The closest of {@code candidates} to {@code name} (an unexpected keyword's parameter names), or null. */
    @TruffleBoundary
    public static String closest(String name, String[] candidates) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        int best = closestIndex(name, candidates);
        return best < 0 ? null : candidates[best];
    }

    /** The index of the first candidate at the smallest distance within the limit; null entries are skipped. */
    private static int closestIndex(String name, String[] candidates) {
        byte[] wrong = name.getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        int suggestion = -1;
        for (int i = 0; i < candidates.length; i++) {
            String text = candidates[i];
            if (text == null || text.equals(name)) {
                continue; // a missing attribute that dir() lists is "found": never suggest the name itself
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long maxDistance = Math.min((long) (wrong.length + bytes.length + 3) * MOVE_COST / 6, best - 1);
            long distance = distance(wrong, bytes, maxDistance);
            if (distance <= maxDistance && (suggestion < 0 || distance < best)) {
                suggestion = i;
                best = distance;
            }
        }
        return suggestion;
    }

    /** {@code levenshtein_distance}: common affixes trimmed, one row updated in place, early exit past the limit. */
    static long distance(byte[] a, byte[] b, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) {
            return rows(b, bStart, bSize, a, aStart, aSize, maxCost);
        }
        return rows(a, aStart, aSize, b, bStart, bSize, maxCost);
    }

    /** The row-by-row computation, {@code a} the shorter string. */
    private static long rows(byte[] a, int aStart, int aSize, byte[] b, int bStart, int bSize, long maxCost) {
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] row = new long[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (long) (i + 1) * MOVE_COST;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            long distance = (long) bIndex * MOVE_COST;
            result = distance;
            long minimum = Long.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                long substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = row[index];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[index] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) {
            return 0;
        }
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
