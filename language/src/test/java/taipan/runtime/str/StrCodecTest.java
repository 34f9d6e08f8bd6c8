package taipan.runtime.str;

import java.util.Map;

import com.oracle.truffle.api.strings.TruffleString;

/** repr, ascii, encode, maketrans and translate against CPython. */
class StrCodecTest extends OracleTestBase {

    static final String[] EXTRA = {"'", "\"", "'\"", "it's", "say \"hi\"", "\\", "back\\slash'", "\u0000\u0001\u001f\u007f", "\t\n\r",
        "\u0080\u009f\u00a0\u00ad\u00ff", "\u0100\u0378\u2028\ufeff\uffff", "\ue000", "\udb80\udc00", "\ud83d", "caf\u00e9 \u20ac",
        "\ud800x\udfff", "\udc80\udcff", "\udc80a\udd00\u00e9", "\u00e9\u20ac😀", "abc", "x\udcffy"};

    static final String[] ENCODINGS = {"utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin_1", "iso-8859-1", "ISO8859-1", "l1", "ascii",
        "US-ASCII", "646", "us"};

    static final String[] ERRORS = {"strict", "replace", "ignore", "backslashreplace", "surrogateescape"};

    @Override
    void cases(OracleCases c) {
        for (String[] group : new String[][]{StrCaseTest.SAMPLES, EXTRA}) {
            for (String s : group) {
                c.add("repr", s).add("ascii", s);
                for (String enc : ENCODINGS) {
                    for (String err : ERRORS) {
                        c.add("encode", s, enc, err);
                    }
                }
            }
        }
        c.add("repr", new OracleCases.CodePoints(0xD83D, 0xDE00)).add("encode", new OracleCases.CodePoints(0xD83D, 0xDE00), "utf-8", "strict");
        c.add("encode", new OracleCases.CodePoints(0xD83D, 0xDE00), "utf-8", "backslashreplace");
        for (int[] r : StrCaseTest.ranges()) {
            c.add("range_map", "__repr__", r[0], r[1]).add("range_ascii", r[0], r[1]);
        }
        for (String enc : new String[]{"utf.8", "UTF 8", "utf", "latin", "8859", "cp65001", "utf8_ucs2", " utf-8 ", "utf-8-", "LATIN1",
            "iso_8859_1:1987", "ansi_x3.4_1968", "iso-ir-6", "u.s", "utf-88", "nonsense", "latin.1", "iso8859.1",
            "ansi_x3_4_1986", "iso_646_irv_1991", "Utf_8", "ASCII"}) {
            c.add("encode_or_lookup", "a\u00e9", enc, "replace");
        }
        c.add("maketrans", "abc", "xyz").add("maketrans", "abc", "xyz", "q😀").add("maketrans", "", "", "").add("maketrans", "ab", "x");
        c.add("maketrans", "é😀", "😀é");
        c.add("maketrans", new OracleCases.Dict("a", "b", 98L, null, 99L, 100L, "😀", "x"));
        c.add("maketrans", new OracleCases.Dict("ab", "x")).add("maketrans", new OracleCases.Dict(1.5, "x"));
        OracleCases.Dict table = new OracleCases.Dict(97L, "AA", 98L, null, 99L, 0x1F600L, 0x1F600L, "smile", 101L, "");
        for (String s : new String[]{"", "abc", "cab😀e", "xyz", "aaa bbb", "éa"}) {
            c.add("translate_map", s, table);
        }
        c.add("translate_map", "abc", new OracleCases.Dict(97L, 0x110000L)).add("translate_map", "abc", new OracleCases.Dict(97L, -1L));
        c.add("translate_map", "abc", new OracleCases.Dict(98L, 1.5)).add("translate_map", "abc", new OracleCases.Dict(98L, 0x10FFFFL));
        c.add("translate_map", "abc", new OracleCases.Dict("a", "z"));
    }

    @Override
    Object apply(String op, Object[] a) {
        return switch (op) {
            case "repr" -> StrRepr.repr((TruffleString) a[0]);
            case "ascii" -> StrRepr.ascii((TruffleString) a[0]);
            case "encode" -> StrEncode.encode((TruffleString) a[0], str(a[1]), str(a[2]));
            case "encode_or_lookup" -> encodeOrLookup((TruffleString) a[0], str(a[1]), str(a[2]));
            case "range_map" -> StrRepr.repr(range((long) a[1], (long) a[2]));
            case "range_ascii" -> StrRepr.ascii(range((long) a[0], (long) a[1]));
            case "maketrans" -> a.length == 1 ? StrTranslate.maketrans((Map<?, ?>) a[0])
                            : StrTranslate.maketrans((TruffleString) a[0], (TruffleString) a[1], a.length > 2 ? (TruffleString) a[2] : null, null);
            case "translate_map" -> translate((TruffleString) a[0], (Map<?, ?>) a[1]);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static TruffleString translate(TruffleString s, Map<?, ?> map) {
        return StrTranslate.translate(s, cp -> {
            if (!map.containsKey((long) cp)) {
                return StrTranslate.KEEP;
            }
            Object v = map.get((long) cp);
            return v == null ? StrTranslate.DELETE : v;
        });
    }

    /** Where Taipan delegates to the codec registry, these spellings must be ones CPython does not know either. */
    private static Object encodeOrLookup(TruffleString s, String encoding, String errors) {
        byte[] bytes = StrEncode.encode(s, encoding, errors);
        if (bytes == null) {
            throw StrException.lookupError("unknown encoding: " + encoding);
        }
        return bytes;
    }

    private static String str(Object o) {
        return ((TruffleString) o).toJavaStringUncached();
    }

    static TruffleString range(long lo, long hi) {
        int[] cps = new int[(int) (hi - lo)];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = (int) lo + i;
        }
        return StrCodePoints.fromArray(cps);
    }
}
