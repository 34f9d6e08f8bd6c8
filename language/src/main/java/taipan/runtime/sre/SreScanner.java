package taipan.runtime.sre;

/**
 * Successive matches over one subject (the SRE_Scanner of sre.c, behind finditer, findall, split and sub). After an
 * empty match the next one may not be empty at the same position, but may start there (Python 3.7+).
 */
public final class SreScanner {
    private final SrePattern pattern;
    private final SreState state;
    private final SreMatcher matcher;
    private boolean exhausted;

    SreScanner(SrePattern pattern, int[] subject, long pos, long endpos) {
        this.pattern = pattern;
        this.state = new SreState(subject, pos, endpos);
        this.matcher = new SreMatcher(pattern.code(), state);
    }

    /** The next match found by searching, or null once there is none ({@code scanner.search()}). */
    public SreMatch search() {
        return next(true);
    }

    /** The next match that starts exactly where the previous one ended, or null ({@code scanner.match()}). */
    public SreMatch match() {
        return next(false);
    }

    private SreMatch next(boolean search) {
        if (exhausted) {
            return null;
        }
        state.reset();
        matcher.resetFrames();
        state.ptr = state.start;
        boolean found = search ? SreSearch.search(matcher) : matcher.match(0, true);
        if (!found) {
            exhausted = true;
            return null;
        }
        SreMatch m = pattern.newMatch(state);
        state.mustAdvance = state.ptr == state.start;
        state.start = state.ptr;
        return m;
    }

    /** Where the scan stands: the end of the last match, or pos before the first (for split and sub). */
    int position() {
        return state.start;
    }

    int endpos() {
        return state.end;
    }
}
