package taipan.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * The part of a {@code SyntaxError} report above its message: {@code File "x.py", line N}, the offending line
 * without its indentation, and the caret line, computed as {@code TracebackException._format_syntax_error} in
 * CPython 3.13's {@code Lib/traceback.py} does. Reads the exception's {@code filename}/{@code lineno}/{@code offset}/
 * {@code end_lineno}/{@code end_offset}/{@code text} where the guest exposes them, else the exception's location.
 */
final class SyntaxErrorBlock {

    private final PrintStream err;
    private final boolean colour;

    private String filename;
    private int lineno;
    private Integer offset;
    private int endLineno;
    private int endOffset;
    private String text;

    SyntaxErrorBlock(PrintStream err) {
        this(err, false);
    }

    SyntaxErrorBlock(PrintStream err, boolean colour) {
        this.err = err;
        this.colour = colour;
    }

    void print(PolyglotException e, Value guest) {
        if (!readGuest(guest) && !readLocation(e.getSourceLocation())) {
            return;
        }
        err.println(colour ? Colours.fileLine(filename, lineno, null) : "  File \"" + filename + "\", line " + lineno);
        if (text == null) {
            return;
        }
        String rtext = stripTrailingNewlines(text);
        String ltext = stripLeading(rtext);
        int spaces = rtext.length() - ltext.length();
        if (offset == null || !printCarets(rtext, ltext, spaces)) {
            err.println("    " + ltext);
        }
    }

    /** Prints the line and its carets (coloured as CPython 3.13 does); false when the offset is before the text. */
    private boolean printCarets(String rtext, String ltext, int spaces) {
        int start = offset;
        int end = lineno == endLineno ? (endOffset != 0 ? endOffset : start) : rtext.length() + 1;
        if (!text.isEmpty() && start > text.length()) {
            start = rtext.length() + 1;
        }
        if (!text.isEmpty() && end > text.length()) {
            end = rtext.length() + 1;
        }
        if (start >= end || end < 0) {
            end = start + 1;
        }
        int colno = start - 1 - spaces;
        int endColno = end - 1 - spaces;
        if (colno < 0) {
            return false;
        }
        if (colour) {
            int from = Math.min(colno, ltext.length());
            int to = Math.max(from, Math.min(endColno, ltext.length()));
            err.println("    " + ltext.substring(0, from) + Colours.BOLD_RED + ltext.substring(from, to) + Colours.RESET
                            + ltext.substring(to));
        } else {
            err.println("    " + ltext);
        }
        StringBuilder line = new StringBuilder("    ");
        for (int i = 0; i < colno; i++) {
            // Tabs and other whitespace stay, so the carets line up under a tab-indented line.
            char c = i < ltext.length() ? ltext.charAt(i) : ' ';
            line.append(Character.isWhitespace(c) ? c : ' ');
        }
        String carets = "^".repeat(Math.max(0, endColno - colno));
        line.append(colour ? Colours.BOLD_RED + carets + Colours.RESET : carets);
        err.println(line);
        return true;
    }

    private boolean readGuest(Value guest) {
        Value line = TracebackPrinter.member(guest, "lineno");
        if (line == null || !line.fitsInInt()) {
            return false;
        }
        lineno = line.asInt();
        Value file = TracebackPrinter.member(guest, "filename");
        // CPython prints `filename or "<string>"`; an empty text is taken as none, as guests may map None to "".
        filename = file != null && file.isString() && !file.asString().isEmpty() ? file.asString() : "<string>";
        Value start = TracebackPrinter.member(guest, "offset");
        offset = start != null && start.fitsInInt() ? start.asInt() : null;
        Value endLine = TracebackPrinter.member(guest, "end_lineno");
        endLineno = endLine != null && endLine.fitsInInt() ? endLine.asInt() : lineno;
        Value end = TracebackPrinter.member(guest, "end_offset");
        endOffset = end != null && end.fitsInInt() ? end.asInt() : 0;
        Value source = TracebackPrinter.member(guest, "text");
        text = source != null && source.isString() && !source.asString().isEmpty() ? source.asString() : null;
        return true;
    }

    private boolean readLocation(SourceSection location) {
        if (location == null) {
            return false;
        }
        filename = TracebackPrinter.fileName(location.getSource());
        lineno = location.getStartLine();
        text = TracebackPrinter.sourceLine(location.getSource(), lineno);
        if (location.hasColumns()) {
            offset = location.getStartColumn();
            endLineno = location.getEndLine();
            // Polyglot end columns are inclusive; CPython's end_offset is one past the last character.
            endOffset = location.getEndColumn() + 1;
        }
        return true;
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's {@code lstrip(' \n\f')}: only these, so a leading tab stays and keeps its column. */
    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && " \n\f".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }
}
