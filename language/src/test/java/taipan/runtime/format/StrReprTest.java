package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import taipan.runtime.unicode.Unicode151;
import taipan.runtime.unicode.UnicodeProps;

/** repr/ascii of str and the Unicode properties behind them and int()/float(), against CPython 3.13 (Unicode 15.1). */
class StrReprTest {
    static final String PRELUDE = """
                    def printable(b):
                        return ''.join('1' if chr(c).isprintable() else '0' for c in range(b, b + 4096))
                    def decimals(b):
                        return ''.join(str(int(chr(c))) if chr(c).isdecimal() else '-' for c in range(b, b + 4096))
                    def spaces(b):
                        return ''.join('1' if chr(c).isspace() else '0' for c in range(max(b, 128), b + 4096))
                    """;

    static final String[] STRINGS = {"", "'", "\"", "'\"", "\\", "a'b", "a\"b", "\t\n\r\u0000\u001f\u007f", "\u00e9",
        "\u00a0", "\u00ad", "\u2028", "\ud800", "x\udfff", "\uD83D\uDE00", "\uDB40\uDC01", "\ue000", "\u0378", "\u0897",
        "\u0085", "\u3000", "\uFEFF", "\u200b", "caf\u00e9 \u2603", "\u0661\u0662"};

    @TestFactory
    Stream<DynamicTest> reprAgreesWithCPython() throws Exception {
        Oracle o = new Oracle(PRELUDE);
        for (String s : STRINGS) {
            add(o, s);
        }
        Random r = new Random(11);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                int range = r.nextInt(4);
                int cp = range == 0 ? r.nextInt(128) : range == 1 ? r.nextInt(0x800) : range == 2 ? r.nextInt(0x10000)
                                : r.nextInt(0x110000);
                sb.appendCodePoint(cp);
            }
            add(o, sb.toString());
        }
        for (int b = 0; b < 0x110000; b += 4096) {
            int block = b;
            o.add("printable(" + b + ")", () -> bits(block, cp -> StrRepr.isPrintable(cp) ? '1' : '0'));
            o.add("decimals(" + b + ")", () -> bits(block, cp -> {
                int d = Unicode151.decimalValue(cp);
                return d < 0 ? '-' : (char) ('0' + d);
            }));
            o.add("spaces(" + b + ")", () -> bits(Math.max(block, 128), cp -> UnicodeProps.isSpace(cp) ? '1' : '0'));
        }
        return o.tests();
    }

    private interface Property {
        char of(int cp);
    }

    private static String bits(int start, Property p) {
        StringBuilder sb = new StringBuilder(4096);
        int end = start - start % 4096 + 4096;
        for (int cp = start; cp < end; cp++) {
            sb.append(p.of(cp));
        }
        return sb.toString();
    }

    private static void add(Oracle o, String s) {
        o.add("repr(" + Oracle.Py.lit(s) + ")", () -> StrRepr.repr(s));
        o.add("ascii(" + Oracle.Py.lit(s) + ")", () -> StrRepr.ascii(s));
    }

    @Test
    void handWrittenExamples() {
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'\\x00\\u2028\\U000e0001'", StrRepr.repr("\u0000\u2028\uDB40\uDC01"));
        assertEquals("'caf\\xe9'", StrRepr.ascii("caf\u00e9"));
    }
}
