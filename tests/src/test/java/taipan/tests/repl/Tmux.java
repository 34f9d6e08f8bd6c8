package taipan.tests.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program on a real pseudo-terminal: a detached tmux session on a server of its own (its own socket), driven
 * with {@code send-keys} and read with {@code capture-pane}, as a person at a 120x40 terminal would see it.
 */
final class Tmux implements AutoCloseable {

    private static final String SESSION = "repl";
    private final String socket;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code command} (run by the shell) in a new session with {@code env} added to its environment. */
    static Tmux start(String command, Map<String, String> env) {
        Tmux tmux = new Tmux("taipan-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40"));
        for (Map.Entry<String, String> e : env.entrySet()) {
            args.add("-e");
            args.add(e.getKey() + "=" + e.getValue());
        }
        // the shell stays after the program ends, so that its last screen can still be read
        args.add(command + "; echo '[exit '$?']'; sleep 600");
        tmux.tmux(args.toArray(String[]::new));
        return tmux;
    }

    /** Types {@code keys}: literal text, or tmux key names such as {@code Enter}, {@code C-c}, {@code Tab}. */
    void send(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types {@code text} literally (no key names). */
    void type(String text) {
        tmux("send-keys", "-t", SESSION, "-l", text);
    }

    /** The screen as text; with {@code colours}, with the SGR escapes tmux keeps for each cell. */
    String screen(boolean colours) {
        return colours ? tmux("capture-pane", "-p", "-e", "-t", SESSION) : tmux("capture-pane", "-p", "-t", SESSION);
    }

    /** Waits until the screen contains {@code text} {@code times} times; fails with the screen after {@code limit}. */
    String waitFor(String text, int times, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen(false);
            if (count(screen, text) >= times) {
                return screen;
            }
            sleep(100);
        }
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + times + " x '" + text + "'; screen:\n"
                        + screen);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("tmux " + String.join(" ", args) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Ends the session's server (only this test's own, by its socket). */
    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10,
                            TimeUnit.SECONDS);
        } catch (IOException | InterruptedException ignored) {
            // already gone
        }
    }
}
