package taipan.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * CPython 3.13's traceback colours ({@code traceback._ANSIColors}) and its decision to use them
 * ({@code _colorize.can_colorize}): {@code PYTHON_COLORS} first (unless {@code -E}), then {@code NO_COLOR},
 * {@code FORCE_COLOR}, {@code TERM=dumb}, and finally whether stderr is a terminal.
 */
final class Colours {

    static final String BOLD_RED = "\u001b[1;31m";
    static final String BOLD_MAGENTA = "\u001b[1;35m";
    static final String MAGENTA = "\u001b[35m";
    static final String RED = "\u001b[31m";
    static final String RESET = "\u001b[0m";

    private Colours() {
    }

    /**
     * @param env the process environment
     * @param ignoreEnvironment {@code -E}/{@code -I}: {@code PYTHON_COLORS} is not read
     * @param terminal whether the output in question goes to a terminal
     */
    static boolean enabled(Map<String, String> env, boolean ignoreEnvironment, boolean terminal) {
        if (!ignoreEnvironment) {
            String setting = env.get("PYTHON_COLORS");
            if ("0".equals(setting)) {
                return false;
            } else if ("1".equals(setting)) {
                return true;
            }
        }
        if (env.containsKey("NO_COLOR")) {
            return false;
        } else if (env.containsKey("FORCE_COLOR")) {
            return true;
        } else if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        return terminal;
    }

    /** Whether file descriptor {@code fd} of this process is a terminal (Linux's /proc; false where unknown). */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
            return false;
        }
    }

    /**
     * A source line and its marker line ({@link SourceLineMarkers#format}'s output) coloured as
     * {@code _format_frame_summary} does: the characters over {@code ^} and the carets bold red, over {@code ~} red.
     */
    static String markers(String printed) {
        String[] lines = printed.split("\n", -1);
        if (lines.length < 3) {
            return printed;
        }
        String line = lines[0].substring(4);
        String carets = lines[1].substring(4);
        StringBuilder colouredLine = new StringBuilder("    ");
        StringBuilder colouredCarets = new StringBuilder("    ");
        int n = Math.max(line.length(), carets.length());
        int i = 0;
        while (i < n) {
            char key = i < carets.length() ? carets.charAt(i) : 0;
            int j = i;
            while (j < n && (j < carets.length() ? carets.charAt(j) : 0) == key) {
                j++;
            }
            String text = line.substring(Math.min(i, line.length()), Math.min(j, line.length()));
            String marks = carets.substring(Math.min(i, carets.length()), Math.min(j, carets.length()));
            String colour = key == '^' ? BOLD_RED : key == '~' ? RED : null;
            colouredLine.append(colour == null ? text : colour + text + RESET);
            colouredCarets.append(colour == null ? marks : colour + marks + RESET);
            i = j;
        }
        return colouredLine + "\n" + colouredCarets + "\n";
    }

    /** {@code  File "name", line N, in f} with the name, number and function in magenta. */
    static String fileLine(String file, int line, String function) {
        return "  File " + MAGENTA + "\"" + file + "\"" + RESET + ", line " + MAGENTA + line + RESET
                        + (function == null ? "" : ", in " + MAGENTA + function + RESET);
    }

    /** The last line: the type bold magenta, the message magenta. */
    static String messageLine(String typeName, String message) {
        return message == null ? BOLD_MAGENTA + typeName + RESET
                        : BOLD_MAGENTA + typeName + RESET + ": " + MAGENTA + message + RESET;
    }
}
