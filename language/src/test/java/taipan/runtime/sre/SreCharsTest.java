package taipan.runtime.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The {@code _sre} case helpers, the Unicode predicates (\w, \s, \d, line breaks) and constants against CPython's. */
class SreCharsTest {

    @TestFactory
    Stream<DynamicTest> helpersAgreeWithCPython() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : Oracle.run("sre_chars_cases.json")) {
            String op = (String) ((List<?>) c.get("case")).get(0);
            if (c.containsKey("error")) {
                tests.add(DynamicTest.dynamicTest(Oracle.name(c), () -> fail(String.valueOf(c.get("error")))));
            } else if (op.equals("constants")) {
                long[] k = Oracle.longs(c.get("result"));
                tests.add(DynamicTest.dynamicTest("constants", () -> {
                    assertEquals(k[0], SreConstants.MAGIC);
                    assertEquals(k[3], SreConstants.CODESIZE);
                    assertEquals(k[4], SreConstants.CODESIZE);
                    if (k[5] == 1) {
                        assertEquals(k[1], SreConstants.MAXREPEAT);
                        assertEquals(k[2], SreConstants.MAXGROUPS);
                    } else {
                        // a 32-bit oracle: Taipan follows 64-bit builds, where sre.h defines the limits this way
                        assertEquals((1L << (8 * k[3])) - 1, SreConstants.MAXREPEAT);
                        assertEquals(Integer.MAX_VALUE / 2, SreConstants.MAXGROUPS);
                    }
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(Oracle.name(c), () -> checkRows((List<?>) c.get("result"))));
            }
        }
        return tests.stream();
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static void checkRows(List<?> rows) {
        List<String> mismatches = new ArrayList<>();
        for (Object row : rows) {
            int[] r = Oracle.ints(row);
            int ch = r[0];
            int[] actual = {ch, SreChars.lowerUnicode(ch), bit(SreChars.unicodeIsCased(ch)), SreChars.lowerAscii(ch),
                            bit(SreChars.asciiIsCased(ch)), bit(SreChars.uniIsAlnum(ch)), bit(SreChars.uniIsSpace(ch)),
                            bit(SreChars.uniIsDigit(ch)), bit(SreChars.uniIsLinebreak(ch))};
            if (!java.util.Arrays.equals(r, actual)) {
                mismatches.add(java.util.Arrays.toString(r) + " vs " + java.util.Arrays.toString(actual));
            }
        }
        assertEquals(List.of(), mismatches);
    }
}
