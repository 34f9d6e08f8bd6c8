package taipan.runtime.str;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.strings.TruffleString;

/** Properties no oracle can check: hashing across storage forms, 64-bit limits, the API's contracts. */
class StrUnitTest {

    private static long hash(TruffleString s) {
        return StrHashNodeGen.getUncached().execute(null, s);
    }

    /** The same text reached through 8-bit, 16-bit and 32-bit compact storage, lazy concatenation and slicing. */
    @Test
    void equalStringsHashAlikeWhateverTheirStorage() {
        String[] texts = {"", "abc", "caf\u00e9", "\u65e5\u672c", "a\ud83d\ude00b"};
        for (String text : texts) {
            TruffleString direct = StrCodePoints.of(text);
            TruffleString fromInts = StrCodePoints.fromArray(text.codePoints().toArray());
            TruffleString wide = StrCodePoints.of("\ud83d\ude00" + text);
            TruffleString sliced = StrSliceNodeGen.getUncached().execute(null, wide, 1, Long.MAX_VALUE, 1);
            int[] interleaved = text.codePoints().flatMap(cp -> java.util.stream.IntStream.of(cp, 0x1F600)).toArray();
            TruffleString stepped = StrSliceNodeGen.getUncached().execute(null, StrCodePoints.fromArray(interleaved), 0, Long.MAX_VALUE, 2);
            TruffleString concat = StrConcatNodeGen.getUncached().execute(null, StrCodePoints.EMPTY, direct);
            TruffleString halves = StrConcatNodeGen.getUncached().execute(null,
                            StrSliceNodeGen.getUncached().execute(null, direct, 0, 1, 1), StrSliceNodeGen.getUncached().execute(null, direct, 1, Long.MAX_VALUE, 1));
            for (TruffleString other : new TruffleString[]{fromInts, sliced, stepped, concat, halves}) {
                assertEquals(hash(direct), hash(other), text);
                assertTrue(StrEqualsNodeGen.getUncached().execute(null, direct, other), text);
                assertEquals(0, StrCompareNodeGen.getUncached().execute(null, direct, other), text);
            }
        }
        assertNotEquals(hash(StrCodePoints.of("ab")), hash(StrCodePoints.of("ba")));
    }

    @Test
    void hashIsNeverMinusOne() {
        for (int i = 0; i < 20000; i++) {
            assertNotEquals(-1, hash(StrCodePoints.of(Integer.toString(i, 36))));
        }
    }

    /** CPython on 64-bit hosts; the oracle is a 32-bit WebAssembly build, so these limits are checked here. */
    @Test
    void repeatBeyondTheSizeLimitIsOverflowError() {
        StrException e = assertThrows(StrException.class, () -> StrRepeatNodeGen.getUncached().execute(null, StrCodePoints.of("ab"), 1L << 62));
        assertEquals("OverflowError", e.getPythonType());
        assertEquals("repeated string is too long", e.getMessage());
        assertEquals("MemoryError", assertThrows(StrException.class,
                        () -> StrRepeatNodeGen.getUncached().execute(null, StrCodePoints.of("ab"), 1L << 40)).getPythonType());
    }

    @Test
    void otherCodecsAndHandlersAreLeftToTheCodecRegistry() {
        TruffleString s = StrCodePoints.of("caf\u00e9");
        assertNull(StrEncode.encode(s, "utf-16", "strict"));
        assertNull(StrEncode.encode(s, "no-such-codec", "strict"));
        assertNull(StrEncode.encode(s, "ascii", "xmlcharrefreplace"));
        // A handler that is never needed is never looked up, as in CPython.
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), StrEncode.encode(StrCodePoints.of("abc"), "ascii", "xmlcharrefreplace"));
    }

    @Test
    void unicodeEncodeErrorCarriesItsAttributes() {
        TruffleString s = StrCodePoints.of("ab\u00e9\u20acc");
        StrEncodeException e = assertThrows(StrEncodeException.class, () -> StrEncode.encode(s, "ascii", "strict"));
        assertEquals("UnicodeEncodeError", e.getPythonType());
        assertEquals("ascii", e.getEncoding());
        assertEquals(2, e.getStart());
        assertEquals(4, e.getEnd());
        assertEquals("ordinal not in range(128)", e.getReason());
        assertTrue(StrEqualsNodeGen.getUncached().execute(null, s, e.getObject()));
    }

    @Test
    void typeNamesUseTheInstalledResolverForForeignValues() {
        Object foreign = new Object();
        StrException before = assertThrows(StrException.class, () -> StrJoin.join(StrCodePoints.EMPTY, new Object[]{StrCodePoints.EMPTY, 3L}));
        assertEquals("sequence item 1: expected str instance, int found", before.getMessage());
        StrTypeNames.setResolver(o -> "Foo");
        try {
            StrException e = assertThrows(StrException.class, () -> StrJoin.join(StrCodePoints.EMPTY, new Object[]{foreign}));
            assertEquals("sequence item 0: expected str instance, Foo found", e.getMessage());
        } finally {
            StrTypeNames.setResolver(null);
        }
    }

    @Test
    void indexRaisesValueError() {
        StrException e = assertThrows(StrException.class, () -> StrSearch.index(-1));
        assertEquals("ValueError", e.getPythonType());
        assertEquals("substring not found", e.getMessage());
        assertEquals(3, StrSearch.index(3));
    }
}
