package taipan.runtime.sre;

import java.util.Arrays;

/**
 * Matching state over one subject (SRE_STATE of sre.h): bounds, the current and start positions, the group marks and
 * the data stack on which the matcher saves marks while it backtracks. Positions are indices into the subject; the
 * subject's beginning is index 0 whatever {@code pos} is, as lookbehind and {@code ^} see the whole string.
 */
public final class SreState {
    /** Code points (str) or byte values 0..255 (bytes). */
    final int[] subject;
    /** {@code pos} and {@code endpos} clamped to the subject, as state_init does. */
    final int pos;
    final int end;
    int start;
    int ptr;
    boolean matchAll;
    boolean mustAdvance;

    /** mark[2g] and mark[2g+1] are the start and end of group g+1; -1 is unset (NULL). */
    int[] marks = new int[8];
    int lastmark = -1;
    int lastindex = -1;
    SreRepeat repeat;

    private int[] data = new int[64];
    private int dataTop;

    SreState(int[] subject, long pos, long endpos) {
        this.subject = subject;
        int length = subject.length;
        this.pos = (int) Math.max(0, Math.min(pos, length));
        this.end = (int) Math.max(0, Math.min(endpos, length));
        this.start = this.pos;
        this.ptr = this.pos;
    }

    /** state_reset: forget the groups of a previous attempt. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
    }

    /** The MARK opcode: intervening marks become unset when lastmark grows by more than one. */
    void mark(int i, int at) {
        if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
        }
        if (i > lastmark) {
            if (i >= marks.length) {
                marks = Arrays.copyOf(marks, Math.max(i + 1, marks.length * 2));
            }
            for (int j = lastmark + 1; j < i; j++) {
                marks[j] = -1;
            }
            lastmark = i;
        }
        marks[i] = at;
    }

    /** Whether the group whose start mark is {@code groupref} (2 * group number) has a valid span. */
    boolean groupSet(int groupref) {
        if (groupref >= lastmark) {
            return false;
        }
        int p = marks[groupref];
        int e = marks[groupref + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    private void ensureData(int n) {
        if (data.length - dataTop < n) {
            long size = (long) dataTop + n;
            if (size > Integer.MAX_VALUE - 16) {
                throw new SreException(SreException.Kind.MEMORY, "");
            }
            data = Arrays.copyOf(data, (int) Math.max(size + size / 4 + 64, data.length * 2L));
        }
    }

    void markPush(int lm) {
        if (lm >= 0) {
            ensureData(lm + 1);
            System.arraycopy(marks, 0, data, dataTop, lm + 1);
            dataTop += lm + 1;
        }
    }

    void markPop(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
            System.arraycopy(data, dataTop, marks, 0, lm + 1);
        }
    }

    void markPopKeep(int lm) {
        if (lm >= 0) {
            System.arraycopy(data, dataTop - lm - 1, marks, 0, lm + 1);
        }
    }

    void markPopDiscard(int lm) {
        if (lm >= 0) {
            dataTop -= lm + 1;
        }
    }

    void dataPush(int value) {
        ensureData(1);
        data[dataTop++] = value;
    }

    int dataPop() {
        return data[--dataTop];
    }

    /** The spans of group 0 (start..ptr) and of each group, -1 for unset ones (pattern_new_match). */
    int[] spans(int groups) {
        int[] spans = new int[2 * (groups + 1)];
        spans[0] = start;
        spans[1] = ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= lastmark && marks[j] >= 0 && marks[j + 1] >= 0) {
                spans[j + 2] = marks[j];
                spans[j + 3] = marks[j + 1];
                if (marks[j] > marks[j + 1]) {
                    throw new SreException(SreException.Kind.INTERNAL,
                                    "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                spans[j + 2] = -1;
                spans[j + 3] = -1;
            }
        }
        return spans;
    }
}
