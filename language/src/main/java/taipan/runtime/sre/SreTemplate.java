package taipan.runtime.sre;

import java.util.List;

/**
 * A compiled replacement template ({@code _sre.template}): literals interleaved with group indices, as
 * re._parser.parse_template returns them. Unmatched groups expand to nothing.
 */
public final class SreTemplate {
    /** literals[0] comes first, literals[i + 1] after group indices[i]; entries may be null (empty). */
    private final int[][] literals;
    private final int[] indices;

    private SreTemplate(int[][] literals, int[] indices) {
        this.literals = literals;
        this.indices = indices;
    }

    /** Throws TypeError "invalid template" unless there is one more literal than index and no index is negative. */
    public static SreTemplate create(List<int[]> literals, long[] indices) {
        if (literals.size() != indices.length + 1) {
            throw new SreException(SreException.Kind.INVALID_TEMPLATE, "invalid template");
        }
        int[] idx = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0) {
                throw new SreException(SreException.Kind.INVALID_TEMPLATE, "invalid template");
            }
            idx[i] = (int) Math.min(indices[i], Integer.MAX_VALUE);
        }
        return new SreTemplate(literals.toArray(new int[0][]), idx);
    }

    /** Number of group references; 0 means the template is the literal alone. */
    public int groupReferences() {
        return indices.length;
    }

    /** The expansion for one match; IndexError "no such group" for an index beyond the pattern's groups. */
    public int[] expand(SreMatch match, int[] subject) {
        IntBuilder out = new IntBuilder(16);
        expandInto(match, subject, out);
        return out.toArray();
    }

    public void expandInto(SreMatch match, int[] subject, IntBuilder out) {
        append(out, literals[0]);
        for (int i = 0; i < indices.length; i++) {
            int g = indices[i];
            if (g >= match.groupCount()) {
                throw new SreException(SreException.Kind.NO_SUCH_GROUP, "no such group");
            }
            if (match.start(g) >= 0) {
                out.append(subject, match.start(g), match.end(g));
            }
            append(out, literals[i + 1]);
        }
    }

    private static void append(IntBuilder out, int[] literal) {
        if (literal != null) {
            out.append(literal, 0, literal.length);
        }
    }
}
