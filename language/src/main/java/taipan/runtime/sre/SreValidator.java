package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.*;

/**
 * Checks a code array the way CPython's _validate does (Modules/_sre/sre.c), so that the matcher can trust every
 * skip and operand. Jumps are relative and forward only; all offsets are checked before they are followed.
 */
final class SreValidator {
    private final int[] code;
    private int pc;

    private SreValidator(int[] code) {
        this.code = code;
    }

    /** Throws RuntimeError "invalid SRE code" unless the code is well-formed for {@code groups} groups. */
    static void validate(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) {
            throw SreException.invalidCode();
        }
        SreValidator v = new SreValidator(code);
        if (v.inner(0, code.length - 1, groups) != 0) {
            throw SreException.invalidCode();
        }
    }

    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fail() {
            super(null, null, false, false);
        }
    }

    private static void check(boolean condition) {
        if (!condition) {
            throw new Fail();
        }
    }

    private int op(int end) {
        if (pc >= end) {
            throw new Fail();
        }
        return code[pc++];
    }

    private long arg(int end) {
        return Integer.toUnsignedLong(op(end));
    }

    /** GET_SKIP_ADJ: reads a skip that must stay inside [pc, end + adj]. */
    private long skip(int end, int adj) {
        if (pc >= end) {
            throw new Fail();
        }
        long skip = Integer.toUnsignedLong(code[pc]);
        if (skip - adj > end - pc) {
            throw new Fail();
        }
        pc++;
        return skip;
    }

    private int inner(int from, int end, long groups) {
        try {
            return innerChecked(from, end, groups);
        } catch (Fail f) {
            return -1;
        } catch (ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** Returns 0 when valid and 1 when the code ends with a JUMP (the then-part of GROUPREF_EXISTS). */
    private int innerChecked(int from, int end, long groups) {
        pc = from;
        if (from > end) {
            throw new Fail();
        }
        while (pc < end) {
            int op = op(end);
            switch (op) {
                case MARK -> check(arg(end) <= 2 * groups + 1);
                case LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                                NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE -> arg(end);
                case SUCCESS, FAILURE, ANY, ANY_ALL -> {
                }
                case AT -> check(arg(end) <= AT_UNI_NON_BOUNDARY);
                case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> in(end);
                case INFO -> info(end);
                case BRANCH -> branch(end, groups);
                case REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE -> repeat(end, groups, 4, SUCCESS, SUCCESS);
                case REPEAT -> repeat(end, groups, 3, MAX_UNTIL, MIN_UNTIL);
                case POSSESSIVE_REPEAT -> repeat(end, groups, 3, SUCCESS, SUCCESS);
                case ATOMIC_GROUP -> atomic(end, groups);
                case GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE -> check(arg(end) < groups);
                case GROUPREF_EXISTS -> groupRefExists(end, groups);
                case ASSERT, ASSERT_NOT -> assertion(end, groups);
                case JUMP -> {
                    check(pc + 1 == end);
                    return 1;
                }
                default -> throw new Fail();
            }
        }
        return 0;
    }

    private void in(int end) {
        long skip = skip(end, 0);
        int setEnd = (int) (pc + skip - 2);
        charset(pc, setEnd);
        if (code[setEnd] != FAILURE) {
            throw new Fail();
        }
        pc = (int) (pc + skip - 1);
    }

    private void info(int end) {
        long skip = skip(end, 0);
        int newcode = (int) (pc + skip - 1);
        long flags = arg(end);
        arg(end);
        arg(end);
        if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0 ||
                        ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) ||
                        ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0)) {
            throw new Fail();
        }
        if ((flags & INFO_PREFIX) != 0) {
            long prefixLen = arg(end);
            arg(end);
            if (prefixLen > newcode - pc) {
                throw new Fail();
            }
            pc += (int) prefixLen;
            if (prefixLen > newcode - pc) {
                throw new Fail();
            }
            for (int i = 0; i < prefixLen; i++) {
                if (Integer.toUnsignedLong(code[pc + i]) >= prefixLen) {
                    throw new Fail();
                }
            }
            pc += (int) prefixLen;
        }
        if ((flags & INFO_CHARSET) != 0) {
            charset(pc, newcode - 1);
            if (code[newcode - 1] != FAILURE) {
                throw new Fail();
            }
            pc = newcode;
        } else if (pc != newcode) {
            throw new Fail();
        }
    }

    private void branch(int end, long groups) {
        int target = -1;
        while (true) {
            long skip = skip(end, 0);
            if (skip == 0) {
                break;
            }
            int start = pc;
            if (inner(start, (int) (start + skip - 3), groups) != 0) {
                throw new Fail();
            }
            pc = (int) (start + skip - 3);
            if (op(end) != JUMP) {
                throw new Fail();
            }
            long jump = skip(end, 0);
            int to = (int) (pc + jump - 1);
            if (target == -1) {
                target = to;
            } else if (to != target) {
                throw new Fail();
            }
        }
        if (pc != target) {
            throw new Fail();
        }
    }

    private void repeat(int end, long groups, int header, int until1, int until2) {
        long skip = skip(end, 0);
        long min = arg(end);
        long max = arg(end);
        if (min > max || max > MAXREPEAT) {
            throw new Fail();
        }
        int start = pc;
        if (inner(start, (int) (start + skip - header), groups) != 0) {
            throw new Fail();
        }
        pc = (int) (start + skip - header);
        int op = op(end);
        if (op != until1 && op != until2) {
            throw new Fail();
        }
    }

    private void atomic(int end, long groups) {
        long skip = skip(end, 0);
        int start = pc;
        if (inner(start, (int) (start + skip - 2), groups) != 0) {
            throw new Fail();
        }
        pc = (int) (start + skip - 2);
        if (op(end) != SUCCESS) {
            throw new Fail();
        }
    }

    private void groupRefExists(int end, long groups) {
        if (arg(end) >= groups) {
            throw new Fail();
        }
        long skip = skip(end, 1);
        int base = pc - 1; // the skip is relative to its own position
        int rc = inner(base + 1, (int) (base + skip - 1), groups);
        if (rc == 1) {
            pc = (int) (base + skip - 2);
            long skipNo = skip(end, 0);
            base = pc - 1;
            rc = inner(base + 1, (int) (base + skipNo), groups);
            pc = (int) (base + skipNo);
        } else {
            pc = (int) (base + skip - 1);
        }
        if (rc != 0) {
            throw new Fail();
        }
    }

    private void assertion(int end, long groups) {
        long skip = skip(end, 0);
        arg(end);
        int base = pc - 1; // back up over the width argument, as CPython does
        if (inner(base + 1, (int) (base + skip - 2), groups) != 0) {
            throw new Fail();
        }
        pc = (int) (base + skip - 2);
        if (op(end) != SUCCESS) {
            throw new Fail();
        }
    }

    /** _validate_charset over [p, end). */
    private void charset(int p, int end) {
        int saved = pc;
        pc = p;
        while (pc < end) {
            switch (op(end)) {
                case NEGATE -> {
                }
                case LITERAL -> arg(end);
                case RANGE, RANGE_UNI_IGNORE -> {
                    arg(end);
                    arg(end);
                }
                case CHARSET -> {
                    if (8 > end - pc) {
                        throw new Fail();
                    }
                    pc += 8;
                }
                case BIGCHARSET -> bigCharset(end);
                case CATEGORY -> {
                    if (arg(end) > CATEGORY_UNI_NOT_LINEBREAK) {
                        throw new Fail();
                    }
                }
                default -> throw new Fail();
            }
        }
        pc = saved;
    }

    private void bigCharset(int end) {
        long blocks = arg(end);
        if (64 > end - pc) {
            throw new Fail();
        }
        for (int i = 0; i < 256; i++) {
            if (((code[pc + (i >>> 2)] >>> ((i & 3) * 8)) & 0xff) >= blocks) {
                throw new Fail();
            }
        }
        pc += 64;
        if (blocks * 8 > end - pc) {
            throw new Fail();
        }
        pc += (int) (blocks * 8);
    }
}
