package taipan.frontend.translate;

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
        return start + charsForBytes(source.getCharacters(), start, start + source.getLineLength(line), byteColumn);
    }

    int startIndex(Span span) {
        return charIndex(span.lineno(), span.colOffset());
    }

    int length(Span span) {
        return length(span, startIndex(span));
    }

    /** The length of {@code span}, which starts at character index {@code start}. */
    int length(Span span, int start) {
        int end = charIndex(span.endLineno(), span.endColOffset());
        return Math.max(0, end - start);
    }

    /**
     * The index in {@code text} after {@code byteColumn} UTF-8 bytes from {@code from}, at most {@code to}. Counted
     * from the chars, without encoding: every node of every module imported asks (issue 6, start-up), and making a
     * String per character here was a tenth of the main thread's time in {@code import json, re, collections}.
     */
    private static int charsForBytes(CharSequence text, int from, int to, int byteColumn) {
        int bytes = 0;
        int i = from;
        while (i < to && bytes < byteColumn) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4; // a supplementary code point: 4 bytes for its two chars
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++; // a lone surrogate, which UTF-8 encodes as one '?' (as String.getBytes did here before)
            } else {
                bytes += 3;
            }
            i++;
        }
        return i - from;
    }
}
