package taipan.runtime.function;

import taipan.runtime.exception.Suggestions;

/**
 * The "Did you mean 'x'?" of an unexpected keyword argument: the closest parameter name by CPython's
 * {@code suggestions.c} edit distance ({@link Suggestions}).
 */
public final class KeywordSuggestion {

    private KeywordSuggestion() {
    }

    /** The closest candidate to {@code name}, or null when none is close enough. */
    public static String closest(String name, String[] candidates) {
        return Suggestions.closest(name, candidates);
    }

    /** The message suffix: ". Did you mean 'x'?" or empty. */
    public static String suffix(String name, String[] candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : ". Did you mean '" + best + "'?";
    }
}
