package taipan.runtime.function;

/**
 * The "Did you mean 'x'?" of an unexpected keyword argument: the closest parameter name by CPython's
 * {@code suggestions.c} edit distance (moves cost 2, a change of case 1), within a third of the characters.
 */
public final class KeywordSuggestion {

    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;

    private KeywordSuggestion() {
    }

    /** The closest candidate to {@code name}, or null when none is close enough. */
    public static String closest(String name, String[] candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int max = Math.min((name.length() + item.length() + 3) * MOVE_COST / 6, bestDistance - 1);
            int distance = distance(name, item, max);
            if (distance <= max && (best == null || distance < bestDistance)) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The message suffix: ". Did you mean 'x'?" or empty. */
    public static String suffix(String name, String[] candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : ". Did you mean '" + best + "'?";
    }

    static int distance(String a, String b, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (aStart < aEnd && bStart < bEnd && a.charAt(aStart) == b.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        String x = a.substring(aStart, aEnd);
        String y = b.substring(bStart, bEnd);
        if (x.isEmpty() || y.isEmpty()) {
            return (x.length() + y.length()) * MOVE_COST;
        }
        if (x.length() > MAX_STRING_SIZE || y.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (y.length() < x.length()) {
            String t = x;
            x = y;
            y = t;
        }
        if ((y.length() - x.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        return rowDistance(x, y, maxCost);
    }

    /** One row of the edit-distance matrix updated in place, as CPython's {@code levenshtein_distance}. */
    private static int rowDistance(String a, String b, int maxCost) {
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + substitutionCost(code, a.charAt(i));
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}
