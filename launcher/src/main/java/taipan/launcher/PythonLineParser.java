package taipan.launcher;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a Python entry: Enter on an incomplete one (an open block or bracket, as the guest decides by
 * compiling) continues the same multi-line buffer under {@code sys.ps2}; the word completed is the dotted name
 * before the cursor. In paste mode (F3) Enter always continues.
 */
final class PythonLineParser implements Parser {

    private final GuestRepl guest;
    private boolean pasteMode;

    PythonLineParser(GuestRepl guest) {
        this.guest = guest;
    }

    void togglePasteMode() {
        pasteMode = !pasteMode;
    }

    boolean pasteMode() {
        return pasteMode;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && (pasteMode || guest.status(line) == EntryStatus.Status.INCOMPLETE)) {
            throw new EOFError(-1, cursor, "incomplete input");
        }
        int start = wordStart(line, cursor);
        String word = line.substring(start, cursor);
        return new Parsed(line, cursor, word);
    }

    /** Where the name (with dots) that ends at the cursor begins. */
    static int wordStart(String line, int cursor) {
        int start = cursor;
        while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
            start--;
        }
        return start;
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** A line with one word: the name before the cursor. */
    private record Parsed(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
