package taipan.runtime.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A validated sre code array and what runs it: the Java side of {@code _sre.compile} and of the Pattern methods.
 * Subjects are int arrays of code points (str) or of byte values (bytes); see {@link #codePoints} and
 * {@link #bytes}. Immutable and thread-safe: every call builds its own matching state.
 */
public final class SrePattern {
    private final int[] code;
    private final int groups;
    private final int flags;

    private SrePattern(int[] code, int groups, int flags) {
        this.code = code;
        this.groups = groups;
        this.flags = flags;
    }

    /** {@code _sre.compile}: code words are unsigned 32-bit values; throws "invalid SRE code" when malformed. */
    public static SrePattern create(long[] code, long groups, int flags) {
        int[] words = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            if (code[i] < 0 || code[i] > 0xFFFFFFFFL) {
                throw new SreException(SreException.Kind.CODE_OVERFLOW, "regular expression code size limit exceeded");
            }
            words[i] = (int) code[i];
        }
        return create(words, groups, flags);
    }

    /** As {@link #create(long[], long, int)} with the words already truncated to int (MAXREPEAT is -1). */
    public static SrePattern create(int[] code, long groups, int flags) {
        SreValidator.validate(code, groups);
        return new SrePattern(code.clone(), (int) groups, flags);
    }

    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    public static int[] bytes(byte[] b) {
        int[] r = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i] & 0xff;
        }
        return r;
    }

    int[] code() {
        return code;
    }

    public int groups() {
        return groups;
    }

    public int flags() {
        return flags;
    }

    /** Whether both run the same code (Pattern.__eq__ compares the code words as well as the source). */
    public boolean sameCode(SrePattern other) {
        return Arrays.equals(code, other.code);
    }

    public int codeHash() {
        return Arrays.hashCode(code);
    }

    SreMatch newMatch(SreState state) {
        return new SreMatch(state.spans(groups), state.lastindex, state.pos, state.end);
    }

    /** {@code Pattern.match}: a match starting at pos, or null. */
    public SreMatch match(int[] subject, long pos, long endpos) {
        return anchored(subject, pos, endpos, false);
    }

    /** {@code Pattern.fullmatch}: a match spanning pos..endpos, or null. */
    public SreMatch fullmatch(int[] subject, long pos, long endpos) {
        return anchored(subject, pos, endpos, true);
    }

    private SreMatch anchored(int[] subject, long pos, long endpos, boolean all) {
        SreState state = new SreState(subject, pos, endpos);
        state.matchAll = all;
        SreMatcher m = new SreMatcher(code, state);
        return m.match(0, true) ? newMatch(state) : null;
    }

    /** {@code Pattern.search}: the leftmost match from pos, or null. */
    public SreMatch search(int[] subject, long pos, long endpos) {
        SreState state = new SreState(subject, pos, endpos);
        SreMatcher m = new SreMatcher(code, state);
        return SreSearch.search(m) ? newMatch(state) : null;
    }

    /** {@code Pattern.scanner}, and through its search() {@code Pattern.finditer}. */
    public SreScanner scanner(int[] subject, long pos, long endpos) {
        return new SreScanner(this, subject, pos, endpos);
    }

    /**
     * The successive matches of findall/sub/split: all of them when limit is 0, else at most limit (none when it is
     * negative, as CPython's {@code while (!count || n < count)} loops behave).
     */
    public List<SreMatch> findAll(int[] subject, long pos, long endpos, long limit) {
        SreScanner scanner = scanner(subject, pos, endpos);
        List<SreMatch> result = new ArrayList<>();
        SreMatch m;
        while ((limit == 0 || result.size() < limit) && (m = scanner.search()) != null) {
            result.add(m);
        }
        return result;
    }

    /** {@code Pattern.split}: the pieces between matches and the groups' texts; null stands for None. */
    public List<int[]> split(int[] subject, long maxsplit) {
        List<int[]> pieces = new ArrayList<>();
        int last = 0;
        for (SreMatch m : findAll(subject, 0, Long.MAX_VALUE, maxsplit)) {
            pieces.add(Arrays.copyOfRange(subject, last, m.start(0)));
            for (int g = 1; g <= groups; g++) {
                pieces.add(m.start(g) < 0 ? null : Arrays.copyOfRange(subject, m.start(g), m.end(g)));
            }
            last = m.end(0);
        }
        pieces.add(Arrays.copyOfRange(subject, last, subject.length));
        return pieces;
    }

    /** Result of {@link #sub}: the new subject and the number of replacements ({@code subn}). */
    public record SubResult(int[] text, int count) {
    }

    /** {@code Pattern.sub}/{@code subn} with a compiled replacement template; count 0 means all. */
    public SubResult sub(SreTemplate template, int[] subject, long count) {
        IntBuilder out = new IntBuilder(subject.length);
        int last = 0;
        int n = 0;
        for (SreMatch m : findAll(subject, 0, Long.MAX_VALUE, count)) {
            out.append(subject, last, m.start(0));
            template.expandInto(m, subject, out);
            last = m.end(0);
            n++;
        }
        out.append(subject, last, subject.length);
        return new SubResult(out.toArray(), n);
    }
}
