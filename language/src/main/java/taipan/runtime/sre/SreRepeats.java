package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.LITERAL;
import static taipan.runtime.sre.SreConstants.MAXREPEAT;
import static taipan.runtime.sre.SreConstants.SUCCESS;
import static taipan.runtime.sre.SreMatcher.*;

/**
 * The repeat opcodes of SRE(match): REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE over one-character items, and
 * REPEAT with MAX_UNTIL/MIN_UNTIL or POSSESSIVE_REPEAT over general bodies. Each is split at the points where
 * CPython recurses, resuming through {@link #resume}.
 */
final class SreRepeats {
    private SreRepeats() {
    }

    private static long u(int word) {
        return Integer.toUnsignedLong(word);
    }

    private static boolean belowMax(int count, int max) {
        return max == (int) MAXREPEAT || count < u(max);
    }

    static int resume(SreMatcher m, int f, boolean ret) {
        return switch (m.fResume[f]) {
            case R_REPEAT_ONE_1, R_REPEAT_ONE_2 -> repeatOneResume(m, f, ret);
            case R_MIN_REPEAT_ONE -> minRepeatOneResume(m, f, ret);
            case R_REPEAT -> {
                m.state.repeat = m.fRep[f].prev;
                yield ret ? SUCCEED : FAIL;
            }
            case R_MAX_UNTIL_1, R_MIN_UNTIL_1 -> untilMinResume(m, f, ret);
            case R_MAX_UNTIL_2 -> maxUntilMoreResume(m, f, ret);
            case R_MAX_UNTIL_3 -> {
                m.state.repeat = m.fRep[f];
                if (ret) {
                    yield SUCCEED;
                }
                m.state.ptr = m.fPtr[f];
                yield FAIL;
            }
            case R_MIN_UNTIL_2 -> minUntilTailResume(m, f, ret);
            case R_MIN_UNTIL_3 -> minUntilMoreResume(m, f, ret);
            case R_POSS_REPEAT_1 -> possMinResume(m, f, ret);
            case R_POSS_REPEAT_2 -> possMoreResume(m, f, ret);
            default -> throw SreException.internal();
        };
    }

    /** REPEAT_ONE <skip> <min> <max> item SUCCESS tail: take as many as possible, then give back one by one. */
    static int repeatOne(SreMatcher m, int f) {
        int[] c = m.code;
        SreState st = m.state;
        int pc = m.fPc[f];
        int ptr = m.fPtr[f];
        if (u(c[pc + 1]) > st.end - ptr) {
            return FAIL;
        }
        st.ptr = ptr;
        int count = m.count(pc + 3, c[pc + 2]);
        ptr += count;
        if (count < u(c[pc + 1])) {
            return FAIL;
        }
        int tail = pc + c[pc];
        if (c[tail] == SUCCESS && ptr == st.end && !(m.fTop[f] && st.mustAdvance && ptr == st.start)) {
            st.ptr = ptr;
            return SUCCEED;
        }
        m.fCount[f] = count;
        m.fPtr[f] = ptr;
        m.saveLastmark(f);
        if (st.repeat != null) {
            st.markPush(m.fLastmark[f]);
        }
        if (c[tail] == LITERAL) {
            m.fChr[f] = c[tail + 1];
            return repeatOneLiteralNext(m, f);
        }
        return repeatOneNext(m, f);
    }

    private static int repeatOneLiteralNext(SreMatcher m, int f) {
        SreState st = m.state;
        long min = u(m.code[m.fPc[f] + 1]);
        int chr = m.fChr[f];
        int ptr = m.fPtr[f];
        int count = m.fCount[f];
        while (count >= min && (ptr >= st.end || st.subject[ptr] != chr)) {
            ptr--;
            count--;
        }
        m.fPtr[f] = ptr;
        m.fCount[f] = count;
        if (count < min) {
            if (st.repeat != null) {
                st.markPopDiscard(m.fLastmark[f]);
            }
            return FAIL;
        }
        st.ptr = ptr;
        return m.call(f, R_REPEAT_ONE_1, m.fPc[f] + m.code[m.fPc[f]], m.fTop[f]);
    }

    private static int repeatOneNext(SreMatcher m, int f) {
        SreState st = m.state;
        if (m.fCount[f] >= u(m.code[m.fPc[f] + 1])) {
            st.ptr = m.fPtr[f];
            return m.call(f, R_REPEAT_ONE_2, m.fPc[f] + m.code[m.fPc[f]], m.fTop[f]);
        }
        if (st.repeat != null) {
            st.markPopDiscard(m.fLastmark[f]);
        }
        return FAIL;
    }

    private static int repeatOneResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        if (ret) {
            if (st.repeat != null) {
                st.markPopDiscard(m.fLastmark[f]);
            }
            return SUCCEED;
        }
        if (st.repeat != null) {
            st.markPopKeep(m.fLastmark[f]);
        }
        m.restoreLastmark(f);
        m.fPtr[f]--;
        m.fCount[f]--;
        return m.fResume[f] == R_REPEAT_ONE_1 ? repeatOneLiteralNext(m, f) : repeatOneNext(m, f);
    }

    /** MIN_REPEAT_ONE: take the minimum, then try the tail before each further item. */
    static int minRepeatOne(SreMatcher m, int f) {
        int[] c = m.code;
        SreState st = m.state;
        int pc = m.fPc[f];
        int ptr = m.fPtr[f];
        if (u(c[pc + 1]) > st.end - ptr) {
            return FAIL;
        }
        st.ptr = ptr;
        int count = 0;
        if (c[pc + 1] != 0) {
            count = m.count(pc + 3, c[pc + 1]);
            if (count < u(c[pc + 1])) {
                return FAIL;
            }
            ptr += count;
        }
        boolean top = m.fTop[f];
        if (c[pc + c[pc]] == SUCCESS &&
                        !(top && ((st.matchAll && ptr != st.end) || (st.mustAdvance && ptr == st.start)))) {
            st.ptr = ptr;
            return SUCCEED;
        }
        m.fCount[f] = count;
        m.fPtr[f] = ptr;
        m.saveLastmark(f);
        if (st.repeat != null) {
            st.markPush(m.fLastmark[f]);
        }
        return minRepeatOneNext(m, f);
    }

    private static int minRepeatOneNext(SreMatcher m, int f) {
        SreState st = m.state;
        int pc = m.fPc[f];
        int max = m.code[pc + 2];
        if (max == (int) MAXREPEAT || m.fCount[f] <= u(max)) {
            st.ptr = m.fPtr[f];
            return m.call(f, R_MIN_REPEAT_ONE, pc + m.code[pc], m.fTop[f]);
        }
        if (st.repeat != null) {
            st.markPopDiscard(m.fLastmark[f]);
        }
        return FAIL;
    }

    private static int minRepeatOneResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        if (ret) {
            if (st.repeat != null) {
                st.markPopDiscard(m.fLastmark[f]);
            }
            return SUCCEED;
        }
        if (st.repeat != null) {
            st.markPopKeep(m.fLastmark[f]);
        }
        m.restoreLastmark(f);
        st.ptr = m.fPtr[f];
        if (m.count(m.fPc[f] + 3, 1) == 0) {
            if (st.repeat != null) {
                st.markPopDiscard(m.fLastmark[f]);
            }
            return FAIL;
        }
        m.fPtr[f]++;
        m.fCount[f]++;
        return minRepeatOneNext(m, f);
    }

    /** POSSESSIVE_REPEAT_ONE: take as many as possible and never give any back. */
    static int possessiveRepeatOne(SreMatcher m, int f) {
        int[] c = m.code;
        SreState st = m.state;
        int pc = m.fPc[f];
        int ptr = m.fPtr[f];
        if (u(c[pc + 1]) > st.end - ptr) {
            return FAIL;
        }
        st.ptr = ptr;
        int count = m.count(pc + 3, c[pc + 2]);
        ptr += count;
        if (count < u(c[pc + 1])) {
            return FAIL;
        }
        pc += c[pc];
        if (c[pc] == SUCCESS && ptr == st.end && !(m.fTop[f] && st.mustAdvance && ptr == st.start)) {
            st.ptr = ptr;
            return SUCCEED;
        }
        m.fPc[f] = pc;
        m.fPtr[f] = ptr;
        return NEXT;
    }

    /** REPEAT <skip> <min> <max> body UNTIL tail: installs the repeat context that the UNTIL opcodes drive. */
    static int repeat(SreMatcher m, int f) {
        SreState st = m.state;
        int pc = m.fPc[f];
        SreRepeat rep = new SreRepeat(pc, st.repeat);
        m.fRep[f] = rep;
        st.repeat = rep;
        st.ptr = m.fPtr[f];
        return m.call(f, R_REPEAT, pc + m.code[pc], m.fTop[f]);
    }

    /** Common start of MAX_UNTIL and MIN_UNTIL: below the minimum, match another iteration of the body. */
    private static int untilStart(SreMatcher m, int f, int resume) {
        SreState st = m.state;
        SreRepeat rep = st.repeat;
        if (rep == null) {
            throw SreException.internal();
        }
        m.fRep[f] = rep;
        st.ptr = m.fPtr[f];
        int count = rep.count + 1;
        m.fCount[f] = count;
        if (count < u(m.code[rep.pc + 1])) {
            rep.count = count;
            return m.call(f, resume, rep.pc + 3, m.fTop[f]);
        }
        return NEXT;
    }

    private static int untilMinResume(SreMatcher m, int f, boolean ret) {
        if (ret) {
            return SUCCEED;
        }
        m.fRep[f].count = m.fCount[f] - 1;
        m.state.ptr = m.fPtr[f];
        return FAIL;
    }

    /** MAX_UNTIL: greedy; try one more iteration (unless it would be empty), then the tail. */
    static int maxUntil(SreMatcher m, int f) {
        int r = untilStart(m, f, R_MAX_UNTIL_1);
        if (r != NEXT) {
            return r;
        }
        SreState st = m.state;
        SreRepeat rep = m.fRep[f];
        int count = m.fCount[f];
        if (belowMax(count, m.code[rep.pc + 2]) && st.ptr != rep.lastPtr) {
            rep.count = count;
            m.saveLastmark(f);
            st.markPush(m.fLastmark[f]);
            st.dataPush(rep.lastPtr);
            rep.lastPtr = st.ptr;
            return m.call(f, R_MAX_UNTIL_2, rep.pc + 3, m.fTop[f]);
        }
        return maxUntilTail(m, f);
    }

    private static int maxUntilMoreResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        SreRepeat rep = m.fRep[f];
        rep.lastPtr = st.dataPop();
        if (ret) {
            st.markPopDiscard(m.fLastmark[f]);
            return SUCCEED;
        }
        st.markPop(m.fLastmark[f]);
        m.restoreLastmark(f);
        rep.count = m.fCount[f] - 1;
        st.ptr = m.fPtr[f];
        return maxUntilTail(m, f);
    }

    private static int maxUntilTail(SreMatcher m, int f) {
        m.state.repeat = m.fRep[f].prev;
        return m.call(f, R_MAX_UNTIL_3, m.fPc[f], m.fTop[f]);
    }

    /** MIN_UNTIL: lazy; try the tail first, then one more iteration. */
    static int minUntil(SreMatcher m, int f) {
        int r = untilStart(m, f, R_MIN_UNTIL_1);
        if (r != NEXT) {
            return r;
        }
        SreState st = m.state;
        st.repeat = m.fRep[f].prev;
        m.saveLastmark(f);
        if (st.repeat != null) {
            st.markPush(m.fLastmark[f]);
        }
        return m.call(f, R_MIN_UNTIL_2, m.fPc[f], m.fTop[f]);
    }

    private static int minUntilTailResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        SreRepeat rep = m.fRep[f];
        SreRepeat repeatOfTail = st.repeat;
        st.repeat = rep;
        if (ret) {
            if (repeatOfTail != null) {
                st.markPopDiscard(m.fLastmark[f]);
            }
            return SUCCEED;
        }
        if (repeatOfTail != null) {
            st.markPop(m.fLastmark[f]);
        }
        m.restoreLastmark(f);
        st.ptr = m.fPtr[f];
        int count = m.fCount[f];
        if (!belowMax(count, m.code[rep.pc + 2]) || st.ptr == rep.lastPtr) {
            return FAIL;
        }
        rep.count = count;
        st.dataPush(rep.lastPtr);
        rep.lastPtr = st.ptr;
        return m.call(f, R_MIN_UNTIL_3, rep.pc + 3, m.fTop[f]);
    }

    private static int minUntilMoreResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        SreRepeat rep = m.fRep[f];
        rep.lastPtr = st.dataPop();
        if (ret) {
            return SUCCEED;
        }
        rep.count = m.fCount[f] - 1;
        st.ptr = m.fPtr[f];
        return FAIL;
    }

    /** POSSESSIVE_REPEAT <skip> <min> <max> body SUCCESS tail: iterations are never backtracked into. */
    static int possessiveRepeat(SreMatcher m, int f) {
        m.state.ptr = m.fPtr[f];
        m.fCount[f] = 0;
        return possMinNext(m, f);
    }

    private static int possMinNext(SreMatcher m, int f) {
        int pc = m.fPc[f];
        if (m.fCount[f] < u(m.code[pc + 1])) {
            return m.call(f, R_POSS_REPEAT_1, pc + 3, false);
        }
        m.fPtr[f] = -1;
        return possMoreNext(m, f);
    }

    private static int possMinResume(SreMatcher m, int f, boolean ret) {
        if (!ret) {
            m.state.ptr = m.fPtr[f];
            return FAIL;
        }
        m.fCount[f]++;
        return possMinNext(m, f);
    }

    private static int possMoreNext(SreMatcher m, int f) {
        SreState st = m.state;
        int pc = m.fPc[f];
        if (belowMax(m.fCount[f], m.code[pc + 2]) && st.ptr != m.fPtr[f]) {
            m.saveLastmark(f);
            st.markPush(m.fLastmark[f]);
            m.fPtr[f] = st.ptr;
            return m.call(f, R_POSS_REPEAT_2, pc + 3, false);
        }
        return possTail(m, f);
    }

    private static int possMoreResume(SreMatcher m, int f, boolean ret) {
        SreState st = m.state;
        if (ret) {
            st.markPopDiscard(m.fLastmark[f]);
            m.fCount[f]++;
            return possMoreNext(m, f);
        }
        st.markPop(m.fLastmark[f]);
        m.restoreLastmark(f);
        st.ptr = m.fPtr[f];
        return possTail(m, f);
    }

    private static int possTail(SreMatcher m, int f) {
        int pc = m.fPc[f];
        m.fPc[f] = pc + m.code[pc] + 1;
        m.fPtr[f] = m.state.ptr;
        return NEXT;
    }
}
