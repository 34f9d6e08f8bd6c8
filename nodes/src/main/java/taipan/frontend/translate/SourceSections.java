package taipan.frontend.translate;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.source.Source;

import taipan.frontend.ast.Span;

/**
 * Turns AST spans (1-based lines, columns in UTF-8 bytes as CPython counts them) into character indexes of a
 * Truffle {@link Source}.
 */
final class SourceSections {

    private final Source source;
    private final int lineCount;

    SourceSections(Source source) {
        this.source = source;
        this.lineCount = source.getLineCount();
    }

    /** The character index of a (line, byte column) position, clamped into the source. */
    int charIndex(int line, int byteColumn) {
        if (lineCount == 0 || line < 1) {
            return 0;
        }
        if (line > lineCount) {
            return source.getLength();
        }
        int start = source.getLineStartOffset(line);
        CharSequence text = source.getCharacters(line);
        return start + charsForBytes(text, byteColumn);
    }

    int startIndex(Span span) {
        return charIndex(span.lineno(), span.colOffset());
    }

    int length(Span span) {
        int start = startIndex(span);
        int end = charIndex(span.endLineno(), span.endColOffset());
        return Math.max(0, end - start);
    }

    private static int charsForBytes(CharSequence line, int byteColumn) {
        int bytes = 0;
        int i = 0;
        while (i < line.length() && bytes < byteColumn) {
            int cp = Character.codePointAt(line, i);
            bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        return i;
    }
}
