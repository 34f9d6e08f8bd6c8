package taipan.runtime.str;

import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.strings.TruffleString;

/** find/rfind/index/rindex/count/in/startswith/endswith, slicing, indexing, +, *, comparison against CPython. */
class StrSearchTest extends OracleTestBase {

    static final String[] HAYSTACKS = {"", "a", "abc", "abcabc", "aaaa", "hello world", "héllo wörld", "日本語日本", "😀a😀b😀",
        "a😀", "ababab", "mississippi"};
    static final String[] NEEDLES = {"", "a", "ab", "abc", "c", "x", "aa", "ö", "日本", "😀", "😀b", "ss", "issi", "abcabcabc"};
    static final Object[][] BOUNDS = {{}, {1L}, {-2L}, {0L, 3L}, {2L, -1L}, {-100L, 100L}, {5L, 2L}, {null, 4L}, {3L, null},
        {100L}, {4L, 4L}, {6L, 6L}, {7L}, {Long.MIN_VALUE, Long.MAX_VALUE}};

    @Override
    void cases(OracleCases c) {
        for (String h : HAYSTACKS) {
            for (String n : NEEDLES) {
                c.add("find", h, n).add("rfind", h, n).add("count", h, n).add("contains", h, n).add("startswith", h, n).add("endswith", h, n);
            }
            for (Object[] b : BOUNDS) {
                for (String n : new String[]{"", "a", "bc", "😀", "ö"}) {
                    for (String op : new String[]{"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}) {
                        c.add(op, concat(new Object[]{h, n}, b));
                    }
                }
            }
        }
        OracleCases.Tuple prefixes = new OracleCases.Tuple("x", "he", "😀");
        for (String h : HAYSTACKS) {
            c.add("startswith", h, prefixes).add("endswith", h, new OracleCases.Tuple("c", "b😀", "ld"));
            c.add("startswith", h, new OracleCases.Tuple()).add("startswith", h, new OracleCases.Tuple("", "z"), 2L);
            c.add("endswith", h, new OracleCases.Tuple("bc", "ö"), 0L, -1L);
        }
        c.add("startswith", "abc", 1L).add("endswith", "abc", new OracleCases.Tuple("a", 2L)).add("startswith", "abc", new OracleCases.Tuple(3L));
        c.add("startswith", "abc", (Object) null);
        OracleCases.CodePoints lone = new OracleCases.CodePoints('a', 0xD800, 'b', 0xDC00, 0xD800, 0xDC00, 'c');
        for (Object n : new Object[]{new OracleCases.CodePoints(0xD800), new OracleCases.CodePoints(0xD800, 0xDC00), "b", "😀",
            new OracleCases.CodePoints(0xDC00, 'c')}) {
            c.add("find", lone, n).add("rfind", lone, n).add("count", lone, n).add("contains", lone, n).add("startswith", lone, n, 1L);
            c.add("endswith", lone, n);
        }
        c.add("slice", lone, null, null, -1L).add("getitem", lone, 1L).add("mul", lone, 2L).add("add", lone, lone);
        sliceCases(c);
        for (String h : HAYSTACKS) {
            for (long i : new long[]{0, 1, -1, 2, -3, 5, -6}) {
                c.add("getitem", h, i);
            }
            for (long n : new long[]{-1, 0, 1, 3}) {
                c.add("mul", h, n);
            }
            for (String other : HAYSTACKS) {
                c.add("add", h, other).add("cmp", h, other).add("eq", h, other);
            }
        }
        c.add("cmp", "\uffff", "😀").add("cmp", "a\u00e9", "a\u0100").add("cmp", new OracleCases.CodePoints(0xD800), "😀");
    }

    private static void sliceCases(OracleCases c) {
        Long[] starts = {null, 0L, 1L, -1L, 3L, -4L, 10L, -10L};
        Long[] steps = {null, 1L, 2L, -1L, -2L, 3L, -3L, 0L, Long.MIN_VALUE};
        for (String h : new String[]{"", "abcdef", "a😀b日c", "😀😀😀"}) {
            for (Long start : starts) {
                for (Long stop : new Long[]{null, 2L, -2L, 100L, -100L}) {
                    for (Long step : steps) {
                        c.add("slice", h, start, stop, step);
                    }
                }
            }
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    Object apply(String op, Object[] a) {
        TruffleString s = (TruffleString) a[0];
        long start = a.length > 2 && a[2] != null ? (long) a[2] : 0;
        long end = a.length > 3 && a[3] != null ? (long) a[3] : Long.MAX_VALUE;
        return switch (op) {
            case "find" -> StrFindNodeGen.getUncached().execute(null, s, (TruffleString) a[1], start, end);
            case "rfind" -> StrRFindNodeGen.getUncached().execute(null, s, (TruffleString) a[1], start, end);
            case "index" -> StrSearch.index(StrFindNodeGen.getUncached().execute(null, s, (TruffleString) a[1], start, end));
            case "rindex" -> StrSearch.index(StrRFindNodeGen.getUncached().execute(null, s, (TruffleString) a[1], start, end));
            case "count" -> StrCountNodeGen.getUncached().execute(null, s, (TruffleString) a[1], start, end);
            case "contains" -> StrContainsNodeGen.getUncached().execute(null, s, (TruffleString) a[1]);
            case "startswith" -> StrTailMatchNodeGen.getUncached().execute(null, s, a[1], start, end, false);
            case "endswith" -> StrTailMatchNodeGen.getUncached().execute(null, s, a[1], start, end, true);
            case "getitem" -> StrGetItemNodeGen.getUncached().execute(null, s, (long) a[1]);
            case "mul" -> StrRepeatNodeGen.getUncached().execute(null, s, (long) a[1]);
            case "add" -> StrConcatNodeGen.getUncached().execute(null, s, (TruffleString) a[1]);
            case "cmp" -> Integer.signum(StrCompareNodeGen.getUncached().execute(null, s, (TruffleString) a[1]));
            case "eq" -> StrEqualsNodeGen.getUncached().execute(null, s, (TruffleString) a[1]);
            case "slice" -> slice(s, (Long) a[1], (Long) a[2], (Long) a[3]);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static TruffleString slice(TruffleString s, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        long from = start == null ? StrSlices.defaultStart(st) : start;
        long to = stop == null ? StrSlices.defaultStop(st) : stop;
        return StrSliceNodeGen.getUncached().execute(null, s, from, to, st);
    }

    static List<TruffleString> list(TruffleString[] parts) {
        return Arrays.asList(parts);
    }
}
