package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.*;

import java.util.Arrays;

/**
 * The backtracking interpreter of sre code (SRE(match) of sre_lib.h). Instead of recursing, an opcode that must try
 * a sub-pattern pushes a frame and records in its own frame where to resume; the run loop pops the child's result
 * back into the parent. Frames live in parallel arrays, so depth is bounded by memory, never by the Java stack.
 */
final class SreMatcher {
    /** Handler results: go on with the next opcode, a child frame was pushed, or this frame returns. */
    static final int NEXT = 0;
    static final int CALL = 1;
    static final int FAIL = 2;
    static final int SUCCEED = 3;

    static final int R_BRANCH = 1;
    static final int R_REPEAT_ONE_1 = 2;
    static final int R_REPEAT_ONE_2 = 3;
    static final int R_MIN_REPEAT_ONE = 4;
    static final int R_REPEAT = 5;
    static final int R_MAX_UNTIL_1 = 6;
    static final int R_MAX_UNTIL_2 = 7;
    static final int R_MAX_UNTIL_3 = 8;
    static final int R_MIN_UNTIL_1 = 9;
    static final int R_MIN_UNTIL_2 = 10;
    static final int R_MIN_UNTIL_3 = 11;
    static final int R_POSS_REPEAT_1 = 12;
    static final int R_POSS_REPEAT_2 = 13;
    static final int R_ATOMIC_GROUP = 14;
    static final int R_ASSERT = 15;
    static final int R_ASSERT_NOT = 16;

    final int[] code;
    final SreState state;

    int[] fPc = new int[16];
    int[] fPtr = new int[16];
    int[] fCount = new int[16];
    int[] fChr = new int[16];
    int[] fLastmark = new int[16];
    int[] fLastindex = new int[16];
    int[] fResume = new int[16];
    boolean[] fTop = new boolean[16];
    SreRepeat[] fRep = new SreRepeat[16];
    private int depth;
    private int steps;

    SreMatcher(int[] code, SreState state) {
        this.code = code;
        this.state = state;
    }

    /** Drops frames left behind by a match that ended in an exception, before the next attempt. */
    void resetFrames() {
        Arrays.fill(fRep, 0, depth, null);
        depth = 0;
    }

    /** Matches the code at {@code pc} from state.ptr; on success state.ptr is the end of the match. */
    boolean match(int pc, boolean toplevel) {
        int base = depth;
        int f = push(pc, toplevel);
        int action = enter(f);
        while (true) {
            switch (action) {
                case NEXT -> action = dispatch(f);
                case CALL -> {
                    f = depth - 1;
                    action = enter(f);
                }
                default -> {
                    boolean ret = action == SUCCEED;
                    depth--;
                    fRep[depth] = null;
                    if (depth == base) {
                        return ret;
                    }
                    f = depth - 1;
                    action = resume(f, ret);
                }
            }
        }
    }

    private int push(int pc, boolean toplevel) {
        if (depth == fPc.length) {
            grow();
        }
        fPc[depth] = pc;
        fTop[depth] = toplevel;
        return depth++;
    }

    private void grow() {
        if (depth > (1 << 28)) {
            throw new SreException(SreException.Kind.MEMORY, "");
        }
        int n = depth * 2;
        fPc = Arrays.copyOf(fPc, n);
        fPtr = Arrays.copyOf(fPtr, n);
        fCount = Arrays.copyOf(fCount, n);
        fChr = Arrays.copyOf(fChr, n);
        fLastmark = Arrays.copyOf(fLastmark, n);
        fLastindex = Arrays.copyOf(fLastindex, n);
        fResume = Arrays.copyOf(fResume, n);
        fTop = Arrays.copyOf(fTop, n);
        fRep = Arrays.copyOf(fRep, n);
    }

    /** DO_JUMP: frame f resumes at {@code resume} once the sub-pattern at childPc has returned. */
    int call(int f, int resume, int childPc, boolean toplevel) {
        fResume[f] = resume;
        push(childPc, toplevel);
        return CALL;
    }

    /** The entrance of SRE(match): take state.ptr and reject early if the INFO block's minimum length is missing. */
    private int enter(int f) {
        int ptr = state.ptr;
        int pc = fPc[f];
        fPtr[f] = ptr;
        if (code[pc] == INFO) {
            if (code[pc + 3] != 0 && Integer.compareUnsigned(state.end - ptr, code[pc + 3]) < 0) {
                return FAIL;
            }
            fPc[f] = pc + code[pc + 1] + 1;
        }
        return NEXT;
    }

    void saveLastmark(int f) {
        fLastmark[f] = state.lastmark;
        fLastindex[f] = state.lastindex;
    }

    void restoreLastmark(int f) {
        state.lastmark = fLastmark[f];
        state.lastindex = fLastindex[f];
    }

    private void poll() {
        if (Thread.currentThread().isInterrupted()) {
            throw new SreException(SreException.Kind.INTERRUPTED, "interrupted");
        }
    }

    /** Runs the opcodes of frame f that need no child frame, until one returns or calls. */
    private int dispatch(int f) {
        final int[] c = code;
        final int[] s = state.subject;
        final int end = state.end;
        int pc = fPc[f];
        int ptr = fPtr[f];
        while (true) {
            if ((++steps & 0xfff) == 0) {
                poll();
            }
            int op = c[pc++];
            if (op == MARK) {
                state.mark(c[pc++], ptr);
            } else if (SreSingle.isSingle(op)) {
                if (ptr >= end || !SreSingle.matches(c, op, pc, s[ptr])) {
                    return FAIL;
                }
                pc = SreSingle.next(c, op, pc);
                ptr++;
            } else if (op == JUMP || op == INFO) {
                pc += c[pc];
            } else if (op == AT) {
                if (!SreCharset.at(s, end, ptr, c[pc++])) {
                    return FAIL;
                }
            } else if (op == GROUPREF_EXISTS) {
                pc += state.groupSet(c[pc] * 2) ? 2 : c[pc + 1];
            } else if (SreSingle.isGroupRef(op)) {
                if ((ptr = groupRef(op, c[pc++], ptr)) < 0) {
                    return FAIL;
                }
            } else {
                fPc[f] = pc;
                fPtr[f] = ptr;
                int r = op == SUCCESS ? success(f, ptr) : op == FAILURE ? FAIL : complex(op, f);
                if (r != NEXT) {
                    return r;
                }
                pc = fPc[f];
                ptr = fPtr[f];
            }
        }
    }

    /** SUCCESS: at the top level, fullmatch must reach the end and an iteration after an empty match must move. */
    private int success(int f, int ptr) {
        if (fTop[f] && ((state.matchAll && ptr != state.end) || (state.mustAdvance && ptr == state.start))) {
            return FAIL;
        }
        state.ptr = ptr;
        return SUCCEED;
    }

    /** A back-reference: the position after the group's text at ptr, or -1 when it does not match there. */
    private int groupRef(int op, int group, int ptr) {
        int groupref = group * 2;
        if (!state.groupSet(groupref)) {
            return -1;
        }
        int[] s = state.subject;
        int p = state.marks[groupref];
        int e = state.marks[groupref + 1];
        if (e - p > state.end - ptr) {
            return -1;
        }
        for (; p < e; p++, ptr++) {
            int a = s[ptr];
            int b = s[p];
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
            };
            if (!same) {
                return -1;
            }
        }
        return ptr;
    }

    /** Opcodes that try sub-patterns; fPc[f] points after the opcode and fPtr[f] is the position. */
    private int complex(int op, int f) {
        return switch (op) {
            case BRANCH -> branch(f);
            case REPEAT_ONE -> SreRepeats.repeatOne(this, f);
            case MIN_REPEAT_ONE -> SreRepeats.minRepeatOne(this, f);
            case POSSESSIVE_REPEAT_ONE -> SreRepeats.possessiveRepeatOne(this, f);
            case REPEAT -> SreRepeats.repeat(this, f);
            case MAX_UNTIL -> SreRepeats.maxUntil(this, f);
            case MIN_UNTIL -> SreRepeats.minUntil(this, f);
            case POSSESSIVE_REPEAT -> SreRepeats.possessiveRepeat(this, f);
            case ATOMIC_GROUP -> {
                state.ptr = fPtr[f];
                yield call(f, R_ATOMIC_GROUP, fPc[f] + 1, false);
            }
            case ASSERT -> assertStart(f);
            case ASSERT_NOT -> assertNotStart(f);
            default -> throw SreException.internal();
        };
    }

    private int resume(int f, boolean ret) {
        return switch (fResume[f]) {
            case R_BRANCH -> branchResume(f, ret);
            case R_ATOMIC_GROUP -> {
                if (!ret) {
                    state.ptr = fPtr[f];
                    yield FAIL;
                }
                fPc[f] += code[fPc[f]];
                fPtr[f] = state.ptr;
                yield NEXT;
            }
            case R_ASSERT -> {
                if (!ret) {
                    yield FAIL;
                }
                fPc[f] += code[fPc[f]];
                yield NEXT;
            }
            case R_ASSERT_NOT -> assertNotResume(f, ret);
            default -> SreRepeats.resume(this, f, ret);
        };
    }

    /** BRANCH: try each alternative in turn, skipping those whose leading LITERAL or IN cannot match. */
    private int branch(int f) {
        saveLastmark(f);
        if (state.repeat != null) {
            state.markPush(fLastmark[f]);
        }
        return branchNext(f);
    }

    private int branchNext(int f) {
        int[] c = code;
        int ptr = fPtr[f];
        int end = state.end;
        for (int pc = fPc[f]; c[pc] != 0; pc += c[pc]) {
            if (c[pc + 1] == LITERAL && (ptr >= end || state.subject[ptr] != c[pc + 2])) {
                continue;
            }
            if (c[pc + 1] == IN && (ptr >= end || !SreCharset.inCharset(c, pc + 3, state.subject[ptr]))) {
                continue;
            }
            fPc[f] = pc;
            state.ptr = ptr;
            return call(f, R_BRANCH, pc + 1, fTop[f]);
        }
        if (state.repeat != null) {
            state.markPopDiscard(fLastmark[f]);
        }
        return FAIL;
    }

    private int branchResume(int f, boolean ret) {
        if (ret) {
            if (state.repeat != null) {
                state.markPopDiscard(fLastmark[f]);
            }
            return SUCCEED;
        }
        if (state.repeat != null) {
            state.markPopKeep(fLastmark[f]);
        }
        restoreLastmark(f);
        fPc[f] += code[fPc[f]];
        return branchNext(f);
    }

    /** ASSERT: <skip> <back> pattern; lookbehind starts {@code back} characters earlier. */
    private int assertStart(int f) {
        int pc = fPc[f];
        int back = code[pc + 1];
        if (Integer.compareUnsigned(fPtr[f], back) < 0) {
            return FAIL;
        }
        state.ptr = fPtr[f] - back;
        return call(f, R_ASSERT, pc + 2, false);
    }

    private int assertNotStart(int f) {
        int pc = fPc[f];
        int back = code[pc + 1];
        if (Integer.compareUnsigned(fPtr[f], back) >= 0) {
            state.ptr = fPtr[f] - back;
            saveLastmark(f);
            if (state.repeat != null) {
                state.markPush(fLastmark[f]);
            }
            return call(f, R_ASSERT_NOT, pc + 2, false);
        }
        fPc[f] = pc + code[pc];
        return NEXT;
    }

    private int assertNotResume(int f, boolean ret) {
        if (ret) {
            if (state.repeat != null) {
                state.markPopDiscard(fLastmark[f]);
            }
            return FAIL;
        }
        if (state.repeat != null) {
            state.markPop(fLastmark[f]);
        }
        restoreLastmark(f);
        fPc[f] += code[fPc[f]];
        return NEXT;
    }

    /**
     * SRE(count): how many times (up to maxcount, unsigned) the single-character item at pc matches from state.ptr.
     * The general case runs the item as a sub-match, as CPython does.
     */
    int count(int pc, int maxcount) {
        int[] s = state.subject;
        int ptr = state.ptr;
        int end = state.end;
        if (maxcount != (int) MAXREPEAT && Integer.compareUnsigned(maxcount, end - ptr) < 0) {
            end = ptr + maxcount;
        }
        int op = code[pc];
        if (op == ANY_ALL) {
            return end - ptr;
        }
        if (SreSingle.isCountable(code, op, pc)) {
            int i = ptr;
            while (i < end && SreSingle.matches(code, op, pc + 1, s[i])) {
                i++;
            }
            return i - ptr;
        }
        while (state.ptr < end) {
            int before = state.ptr;
            // an item that matches empty would loop forever (CPython hangs on such hand-made code)
            if (!match(pc, false) || state.ptr == before) {
                break;
            }
        }
        return state.ptr - ptr;
    }
}
