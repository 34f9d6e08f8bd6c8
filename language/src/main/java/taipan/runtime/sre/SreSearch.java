package taipan.runtime.sre;

import static taipan.runtime.sre.SreConstants.*;

/** SRE(search) of sre_lib.h: finds the leftmost match, skipping ahead with the INFO block's prefix or charset. */
final class SreSearch {
    private SreSearch() {
    }

    /** Searches from state.start; on success state.start and state.ptr delimit the match. */
    static boolean search(SreMatcher m) {
        SreState st = m.state;
        int[] c = m.code;
        int ptr = st.start;
        int end = st.end;
        if (ptr > end) {
            return false;
        }
        int pc = 0;
        if (c[0] == INFO) {
            int flags = c[2];
            long min = Integer.toUnsignedLong(c[3]);
            if (min != 0 && end - ptr < min) {
                return false;
            }
            if (min > 1) {
                // leave at least one character, so that the literal search below still works
                end = (int) Math.max(ptr, end - (min - 1));
            }
            pc = 1 + c[1];
            if ((flags & INFO_PREFIX) != 0) {
                int prefixLen = c[5];
                if (prefixLen == 1) {
                    return searchLiteral(m, pc, flags);
                }
                if (prefixLen > 1) {
                    return searchPrefix(m, pc, flags);
                }
            } else if ((flags & INFO_CHARSET) != 0) {
                return searchCharset(m, pc);
            }
        }
        return searchGeneral(m, pc, ptr, end);
    }

    /** The pattern starts with one known character. */
    private static boolean searchLiteral(SreMatcher m, int pc, int flags) {
        SreState st = m.state;
        int[] c = m.code;
        int[] s = st.subject;
        int ch = c[7];
        int skip = c[6];
        int ptr = st.start;
        int end = st.end;
        st.mustAdvance = false;
        while (ptr < end) {
            while (s[ptr] != ch) {
                if (++ptr >= end) {
                    return false;
                }
            }
            st.start = ptr;
            st.ptr = ptr + skip;
            if ((flags & INFO_LITERAL) != 0) {
                return true;
            }
            if (m.match(pc + 2 * skip, false)) {
                return true;
            }
            ++ptr;
            st.lastmark = -1;
            st.lastindex = -1;
        }
        return false;
    }

    /** The pattern starts with a known string: a KMP scan with the INFO block's overlap table. */
    private static boolean searchPrefix(SreMatcher m, int pc, int flags) {
        SreState st = m.state;
        int[] c = m.code;
        int[] s = st.subject;
        int prefixLen = c[5];
        int skip = c[6];
        int prefix = 7;
        int overlap = prefix + prefixLen - 1;
        int ptr = st.start;
        int end = st.end;
        if (prefixLen > end - ptr) {
            return false;
        }
        while (ptr < end) {
            int first = c[prefix];
            while (s[ptr++] != first) {
                if (ptr >= end) {
                    return false;
                }
            }
            if (ptr >= end) {
                return false;
            }
            int i = 1;
            st.mustAdvance = false;
            do {
                if (s[ptr] == c[prefix + i]) {
                    if (++i != prefixLen) {
                        if (++ptr >= end) {
                            return false;
                        }
                        continue;
                    }
                    if (tryAfterPrefix(m, pc, flags, ptr)) {
                        return true;
                    }
                    if (++ptr >= end) {
                        return false;
                    }
                }
                i = c[overlap + i];
            } while (i != 0);
        }
        return false;
    }

    /** The whole prefix ends at ptr: match the rest of the pattern after it. */
    private static boolean tryAfterPrefix(SreMatcher m, int pc, int flags, int ptr) {
        SreState st = m.state;
        int prefixLen = m.code[5];
        int skip = m.code[6];
        st.start = ptr - (prefixLen - 1);
        st.ptr = ptr - (prefixLen - skip - 1);
        if ((flags & INFO_LITERAL) != 0 || m.match(pc + 2 * skip, false)) {
            return true;
        }
        st.lastmark = -1;
        st.lastindex = -1;
        return false;
    }

    /** The pattern starts with a character from a known set. */
    private static boolean searchCharset(SreMatcher m, int pc) {
        SreState st = m.state;
        int[] c = m.code;
        int[] s = st.subject;
        int ptr = st.start;
        int end = st.end;
        st.mustAdvance = false;
        while (true) {
            while (ptr < end && !SreCharset.inCharset(c, 5, s[ptr])) {
                ptr++;
            }
            if (ptr >= end) {
                return false;
            }
            st.start = ptr;
            st.ptr = ptr;
            if (m.match(pc, false)) {
                return true;
            }
            ptr++;
            st.lastmark = -1;
            st.lastindex = -1;
        }
    }

    /** Tries every position; only the first attempt is top-level, so must_advance applies to it alone. */
    private static boolean searchGeneral(SreMatcher m, int pc, int ptr, int end) {
        SreState st = m.state;
        int[] c = m.code;
        st.start = ptr;
        st.ptr = ptr;
        boolean status = m.match(pc, true);
        st.mustAdvance = false;
        if (!status && c[pc] == AT && (c[pc + 1] == AT_BEGINNING || c[pc + 1] == AT_BEGINNING_STRING)) {
            st.start = end;
            st.ptr = end;
            return false;
        }
        while (!status && ptr < end) {
            ptr++;
            st.lastmark = -1;
            st.lastindex = -1;
            st.start = ptr;
            st.ptr = ptr;
            status = m.match(pc, false);
        }
        return status;
    }
}
