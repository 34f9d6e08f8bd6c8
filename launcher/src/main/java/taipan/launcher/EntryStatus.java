package taipan.launcher;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a REPL entry is complete, as CPython's interactive loop decides: open brackets, an unterminated
 * triple-quoted string or a trailing backslash continue it, and a compound statement (a block, a decorator)
 * continues until a blank line, unless compiling it already fails on an earlier line for a reason more input cannot
 * mend; anything else is complete (and a SyntaxError, if it is one, is shown when it runs).
 */
final class EntryStatus {

    /** What the REPL does with the buffer typed so far. */
    enum Status {
        EMPTY, INCOMPLETE, COMPLETE
    }

    private static final Set<String> COMPOUND = Set.of("if", "while", "for", "try", "with", "def", "class", "async",
                    "@");

    private EntryStatus() {
    }

    /**
     * @param errorBeforeLastLine whether compiling the text fails on a line before its last (so the block cannot be
     *            mended by typing more)
     */
    static Status of(String source, Predicate<String> errorBeforeLastLine) {
        if (isBlank(source)) {
            return Status.EMPTY;
        }
        if (openAtEnd(source)) {
            return errorBeforeLastLine.test(source) ? Status.COMPLETE : Status.INCOMPLETE;
        }
        String[] lines = source.split("\n", -1);
        String first = firstWord(lines);
        String head = code(firstCodeLine(lines));
        boolean softKeyword = (first.equals("match") || first.equals("case")) && head.endsWith(":");
        boolean block = COMPOUND.contains(first) || softKeyword || code(lastCodeLine(lines)).endsWith(":");
        boolean ended = lines.length > 1 && lines[lines.length - 1].isBlank();
        if (block && !ended) {
            return errorBeforeLastLine.test(source) ? Status.COMPLETE : Status.INCOMPLETE;
        }
        return Status.COMPLETE;
    }

    private static boolean isBlank(String source) {
        for (String line : source.split("\n", -1)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the first line of code: a keyword, a name, or {@code @} for a decorator. */
    private static String firstWord(String[] lines) {
        String line = firstCodeLine(lines).strip();
        if (line.startsWith("@")) {
            return "@";
        }
        int end = 0;
        while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) {
            end++;
        }
        return line.substring(0, end);
    }

    private static String firstCodeLine(String[] lines) {
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return line;
            }
        }
        return "";
    }

    private static String lastCodeLine(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            String s = lines[i].strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return lines[i];
            }
        }
        return "";
    }

    /** A line without its comment (a {@code #} outside strings) and trailing blanks. */
    private static String code(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    /** Whether brackets, a triple-quoted string or a backslash continuation are still open at the end. */
    static boolean openAtEnd(String s) {
        int depth = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                String quote = s.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                int end = i + quote.length();
                while (end < n && !s.startsWith(quote, end)) {
                    if (s.charAt(end) == '\\') {
                        end++;
                    } else if (s.charAt(end) == '\n' && quote.length() == 1) {
                        break;
                    }
                    end++;
                }
                if (end >= n) {
                    return quote.length() == 3;
                }
                i = s.charAt(end) == '\n' ? end : end + quote.length();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '\\' && i == n - 1) {
                return true;
            }
            i++;
        }
        return depth > 0;
    }
}
