package taipan.runtime.itertools;

import taipan.runtime.object.PTuple;

/**
 * The combinatoric iterators ({@code product}, {@code permutations}, {@code combinations},
 * {@code combinations_with_replacement}): pure index arithmetic over pools read up front, so they advance without
 * calling back into Python. Each step returns a fresh tuple, or null once exhausted.
 */
public abstract class PCombinatoric extends PItertoolsIterator {

    private boolean started;
    private boolean stopped;

    /** The next tuple, or null at the end. */
    public final PTuple nextTuple() {
        if (stopped) {
            return null;
        }
        Object[] result;
        if (!started) {
            started = true;
            result = first();
        } else {
            result = advance();
        }
        if (result == null) {
            stopped = true;
            return null;
        }
        return new PTuple(result);
    }

    /** The first result, or null if there is none. */
    protected abstract Object[] first();

    /** The result after the previous one, or null if that was the last. */
    protected abstract Object[] advance();
}
