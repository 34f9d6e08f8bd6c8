package taipan.frontend.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.source.Source;

/** AST columns count UTF-8 bytes (as CPython's do); source sections count chars: the conversion between them. */
class SourceSectionsTest {

    private static final String TEXT = "x = 1\ns = 'é€😀a' + t\n\u00fc\u00fc = \"\ud83d\ude00\ud83d\ude00\"  # ok\n";

    @Test
    void everyCharBoundaryOfEveryLineMapsBack() {
        Source source = Source.newBuilder("python", TEXT, "t.py").build();
        SourceSections sections = new SourceSections(source);
        String[] lines = TEXT.split("\n");
        int lineStart = 0;
        for (int line = 1; line <= lines.length; line++) {
            String text = lines[line - 1];
            for (int chars = 0; chars <= text.length(); chars++) {
                if (chars > 0 && chars < text.length() && Character.isLowSurrogate(text.charAt(chars))) {
                    continue; // not a code point boundary
                }
                int bytes = text.substring(0, chars).getBytes(StandardCharsets.UTF_8).length;
                assertEquals(lineStart + chars, sections.charIndex(line, bytes), "line " + line + " byte " + bytes);
            }
            lineStart += text.length() + 1;
        }
    }

    @Test
    void positionsOutsideTheSourceAreClamped() {
        Source source = Source.newBuilder("python", TEXT, "t.py").build();
        SourceSections sections = new SourceSections(source);
        assertEquals(0, sections.charIndex(0, 5));
        assertEquals(TEXT.length(), sections.charIndex(99, 0));
        // a column past the end of its line stops at the line's end, before the newline
        assertEquals(5, sections.charIndex(1, 40));
        assertEquals(6 + "s = 'é€😀a' + t".length(), sections.charIndex(2, 400));
    }

    @Test
    void aSpanAcrossMultiByteCharsHasItsCharLength() {
        Source source = Source.newBuilder("python", TEXT, "t.py").build();
        SourceSections sections = new SourceSections(source);
        // the string literal 'é€😀a' on line 2: bytes 4..16 (1 + 2 + 3 + 4 + 1 + 1), chars 4..11
        taipan.frontend.ast.Span literal = new taipan.frontend.ast.Span(2, 4, 2, 16);
        assertEquals(6 + 4, sections.startIndex(literal));
        assertEquals("'é€😀a'".length(), sections.length(literal));
    }
}
