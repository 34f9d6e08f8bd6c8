package taipan.runtime.sre;

/** The result of a successful match: group spans (-1 for unset groups), lastindex and the pos/endpos used. */
public final class SreMatch {
    private final int[] spans;
    private final int lastindex;
    private final int pos;
    private final int endpos;

    SreMatch(int[] spans, int lastindex, int pos, int endpos) {
        this.spans = spans;
        this.lastindex = lastindex;
        this.pos = pos;
        this.endpos = endpos;
    }

    /** Number of groups including group 0. */
    public int groupCount() {
        return spans.length / 2;
    }

    public int start(int group) {
        return spans[2 * group];
    }

    public int end(int group) {
        return spans[2 * group + 1];
    }

    /** The index of the last group closed, or -1 (Python: None); {@code lastgroup} is indexgroup[lastindex]. */
    public int lastindex() {
        return lastindex;
    }

    /** {@code pos} after clamping to the subject, as Match.pos reports it. */
    public int pos() {
        return pos;
    }

    public int endpos() {
        return endpos;
    }
}
