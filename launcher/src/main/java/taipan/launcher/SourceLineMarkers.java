package taipan.launcher;

import java.util.regex.Pattern;

/**
 * The source line of a traceback frame and the marker line under it, as CPython 3.13's
 * {@code StackSummary.format_frame_summary} ({@code Lib/traceback.py}) prints them for a one-line location: the
 * line without its indentation, then {@code ~} and {@code ^} under the failing expression, or no markers where
 * they would add nothing (the expression is the whole line, or a plain {@code x = f(...)}/{@code return f(...)}).
 */
final class SourceLineMarkers {

    private static final Pattern RETURN_PREFIX = Pattern.compile("return\\s+");
    private static final Pattern ASSIGN_PREFIX = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*\\s*=\\s*");

    private SourceLineMarkers() {
    }

    /**
     * @param line the source line, without its terminator
     * @param start 0-based column where the failing expression starts
     * @param end 0-based column one past its end, on the same line
     * @return the printed lines, each indented by four spaces and ending in a newline
     */
    static String format(String line, int start, int end) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        String dedented = line.substring(indent);
        String printed = "    " + dedented + "\n";
        int s = Math.max(0, start - indent);
        int e = Math.min(dedented.length(), Math.max(0, end - indent));
        if (s >= e) {
            return printed;
        }
        String segment = dedented.substring(s, e);
        CaretAnchors anchors = CaretAnchors.of(segment);
        if (!showMarkers(dedented, s, e, anchors)) {
            return printed;
        }
        StringBuilder markers = new StringBuilder("    ");
        for (int col = 0; col < e; col++) {
            if (col < s) {
                markers.append(' ');
            } else if (anchors != null && col >= s + anchors.start() && col < s + anchors.end()) {
                markers.append('^');
            } else {
                markers.append(anchors != null ? '~' : '^');
            }
        }
        return printed + markers + "\n";
    }

    /** CPython's {@code _should_show_carets}, for one line. */
    private static boolean showMarkers(String line, int start, int end, CaretAnchors anchors) {
        String before = line.substring(0, start);
        String after = line.substring(end).strip();
        boolean restOfStatement = after.isEmpty() || after.startsWith("#") || after.startsWith(";");
        if (anchors != null && anchors.callOfName() && restOfStatement
                        && (RETURN_PREFIX.matcher(before).matches() || ASSIGN_PREFIX.matcher(before).matches())) {
            return false;
        }
        if (anchors != null) {
            return true;
        }
        return !before.strip().isEmpty() || !after.isEmpty();
    }
}
