package taipan.runtime.str;

import java.util.Arrays;

import com.oracle.truffle.api.strings.TruffleString;

/** split/rsplit/splitlines/partition/strip/padding/replace/join against CPython. */
class StrTransformTest extends OracleTestBase {

    static final String[] TEXTS = {"", " ", "a", "a b  c", "  leading and trailing  ", "\t\n\u000b\u000c\r\u001c\u001d\u001e\u001f x",
        "\u00a0nbsp\u3000ideo\u2028ls\u2029ps\u0085nel", "a,b,,c,", ",", ",,", "one😀two😀", "😀", "x\r\ny\rz\n\nw", "line\u2028two\u000bthree\u000cfour",
        "line\u001cfs\u001dgs\u001erss", "trailing\n", "\r\n", "mississippi", "-42", "+7", "--", "a\tb\tc", "12\t\t3\n\t4\r\t5", "日本 語",
        "\u200b zero width"};
    static final String[] SEPS = {",", " ", "ss", "😀", "\r\n", "x", "ab"};
    static final long[] MAXSPLITS = {-1, 0, 1, 2, 5};

    @Override
    void cases(OracleCases c) {
        for (String t : TEXTS) {
            for (long m : MAXSPLITS) {
                c.add("split", t, null, m).add("rsplit", t, null, m);
                for (String sep : SEPS) {
                    c.add("split", t, sep, m).add("rsplit", t, sep, m);
                }
            }
            c.add("split", t, "", -1L).add("rsplit", t, "", 1L);
            c.add("splitlines", t, false).add("splitlines", t, true);
            for (String sep : SEPS) {
                c.add("partition", t, sep).add("rpartition", t, sep);
            }
            c.add("partition", t, "").add("rpartition", t, "");
            for (Object chars : new Object[]{null, "", " ", "ab", "-+ ", "😀o", "\u00a0"}) {
                c.add("strip", t, chars).add("lstrip", t, chars).add("rstrip", t, chars);
            }
            c.add("removeprefix", t, "a").add("removeprefix", t, "").add("removesuffix", t, "\n").add("removesuffix", t, "😀");
            for (long w : new long[]{-1, 0, 5, 10, 11}) {
                c.add("ljust", t, w).add("rjust", t, w, "*").add("center", t, w).add("center", t, w, "😀").add("zfill", t, w);
            }
            c.add("center", t, 9L, "ab").add("ljust", t, 30L, "").add("rjust", t, 3L, "xy");
            for (long tab : new long[]{-1, 0, 1, 4, 8}) {
                c.add("expandtabs", t, tab);
            }
            for (String[] r : new String[][]{{"a", "b"}, {"", "-"}, {"ss", "SS"}, {"😀", ""}, {" ", "  "}, {"\r\n", "\n"}, {"zz", "y"}}) {
                for (long n : new long[]{-1, 0, 1, 2}) {
                    c.add("replace", t, r[0], r[1], n);
                }
            }
        }
        for (String sep : new String[]{"", ", ", "😀"}) {
            c.add("join", sep, new OracleCases.Tuple()).add("join", sep, new OracleCases.Tuple("a"));
            c.add("join", sep, new OracleCases.Tuple("a", "b😀", "", "c")).add("join", sep, new OracleCases.Tuple("a", 1L));
            c.add("join", sep, new OracleCases.Tuple(2L)).add("join", sep, new OracleCases.Tuple("x", null, "y"));
            c.add("join", sep, new OracleCases.Tuple(new OracleCases.CodePoints(0xD83D), new OracleCases.CodePoints(0xDE00)));
        }
        OracleCases.CodePoints lone = new OracleCases.CodePoints(' ', 0xD800, ' ', 0xDC00, 0xD800, '\n', 0xDC00, ' ');
        OracleCases.CodePoints high = new OracleCases.CodePoints(0xD800);
        c.add("split", lone, null, -1L).add("split", lone, high, -1L).add("rsplit", lone, high, 1L).add("splitlines", lone, true);
        c.add("strip", lone, null).add("strip", lone, new OracleCases.CodePoints(' ', 0xDC00)).add("replace", lone, high, "X", -1L);
        c.add("replace", lone, "", high, 3L).add("partition", lone, high).add("rpartition", lone, high).add("center", lone, 12L, high);
        c.add("join", high, new OracleCases.Tuple(lone, "x")).add("expandtabs", lone, 4L).add("zfill", lone, 12L);
        c.add("center", "abc", 6L).add("center", "abcd", 7L).add("center", "ab", 7L).add("center", "abc", 8L, "-");
    }

    @Override
    Object apply(String op, Object[] a) {
        TruffleString s = (TruffleString) a[0];
        TruffleString fill = a.length > 2 && a[2] instanceof TruffleString f ? f : null;
        return switch (op) {
            case "split" -> Arrays.asList(StrSplit.split(s, (TruffleString) a[1], (long) a[2]));
            case "rsplit" -> Arrays.asList(StrSplit.rsplit(s, (TruffleString) a[1], (long) a[2]));
            case "splitlines" -> Arrays.asList(StrSplit.splitlines(s, (boolean) a[1]));
            case "partition" -> StrPartition.partition(s, (TruffleString) a[1]);
            case "rpartition" -> StrPartition.rpartition(s, (TruffleString) a[1]);
            case "strip" -> StrStrip.strip(s, (TruffleString) a[1]);
            case "lstrip" -> StrStrip.lstrip(s, (TruffleString) a[1]);
            case "rstrip" -> StrStrip.rstrip(s, (TruffleString) a[1]);
            case "removeprefix" -> StrStrip.removeprefix(s, (TruffleString) a[1]);
            case "removesuffix" -> StrStrip.removesuffix(s, (TruffleString) a[1]);
            case "ljust" -> StrPadding.ljust(s, (long) a[1], fill);
            case "rjust" -> StrPadding.rjust(s, (long) a[1], fill);
            case "center" -> StrPadding.center(s, (long) a[1], fill);
            case "zfill" -> StrPadding.zfill(s, (long) a[1]);
            case "expandtabs" -> StrPadding.expandtabs(s, (long) a[1]);
            case "replace" -> StrReplace.replace(s, (TruffleString) a[1], (TruffleString) a[2], (long) a[3]);
            case "join" -> StrJoin.join(s, (Object[]) a[1]);
            default -> throw new IllegalArgumentException(op);
        };
    }
}
