package taipan.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The REPL's guest half ({@code repl_support.py}), loaded as the module {@code _taipan_repl} so that nothing of it
 * appears in {@code __main__}, and reached only by evaluating short internal sources: an answer (a prompt, the
 * completions) is what the guest writes to its real stdout while {@link CapturedOutput} holds it.
 */
final class GuestRepl {

    /** The file name the support code is compiled under; the REPL's tracebacks leave its frames out. */
    static final String FILE_NAME = "<taipan-repl>";

    /** Errors that more lines may still mend: an unclosed bracket or string, a block's missing body. */
    private static final java.util.regex.Pattern MENDABLE = java.util.regex.Pattern
                    .compile("never closed|unterminated|unexpected EOF|indent");

    private final Context context;
    private final CapturedOutput out;

    private GuestRepl(Context context, CapturedOutput out) {
        this.context = context;
        this.out = out;
    }

    static GuestRepl load(Context context, CapturedOutput out) {
        GuestRepl guest = new GuestRepl(context, out);
        guest.call("exec(compile(" + literal(supportSource()) + ", '" + FILE_NAME + "', 'exec'), "
                        + "__import__('sys').modules.setdefault('_taipan_repl', "
                        + "type(__import__('sys'))('_taipan_repl')).__dict__)");
        return guest;
    }

    private static String supportSource() {
        try (InputStream in = GuestRepl.class.getResourceAsStream("repl_support.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("taipan: the REPL's support code is missing from the launcher", e);
        }
    }

    /** A Python string literal of {@code text}. */
    static String literal(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '\\' || c == '"') {
                b.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append((char) c);
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append('"').toString();
    }

    private void call(String code) {
        context.eval(Source.newBuilder("python", code, FILE_NAME).internal(true).buildLiteral());
    }

    private String ask(String function, String argument) {
        flush();
        out.startCapture();
        String answer;
        try {
            call("__import__('_taipan_repl')." + function + "(" + argument + ")");
        } finally {
            answer = out.endCapture();
        }
        return answer;
    }

    /** Whether {@code source} is complete; compiling is asked of the language ({@link Context#parse}). */
    EntryStatus.Status status(String source) {
        return EntryStatus.of(source, this::failsBeforeLastLine);
    }

    private boolean failsBeforeLastLine(String source) {
        try {
            context.parse(Source.newBuilder("python", source + "\n", "<stdin>").buildLiteral());
            return false;
        } catch (PolyglotException e) {
            int lines = source.split("\n", -1).length;
            String message = e.getMessage() == null ? "" : e.getMessage();
            return e.isSyntaxError() && e.getSourceLocation() != null && e.getSourceLocation().getStartLine() < lines
                            && !MENDABLE.matcher(message).find();
        }
    }

    /** Runs one entry in {@code __main__}; a guest exception comes out as the {@code PolyglotException} it raises. */
    void run(String source) {
        call("__import__('_taipan_repl').run(" + literal(source) + ")");
    }

    /** Ctrl-C during a statement: {@code _thread.interrupt_main()}, from the thread that saw the signal. */
    void interruptMain() {
        try {
            call("__import__('_thread').interrupt_main()");
        } catch (RuntimeException closing) {
            // the context is closing: nothing left to interrupt
        }
    }

    void flush() {
        call("__import__('_taipan_repl').flush()");
    }

    String prompt(boolean first) {
        return ask("prompt", first ? "True" : "False");
    }

    String banner() {
        return ask("banner", "");
    }

    /** Runs {@code PYTHONSTARTUP}'s file {@code path} in {@code __main__}. */
    void startup(String path) {
        call("__import__('_taipan_repl').startup(" + literal(path) + ")");
    }

    List<String> complete(String text) {
        String answer = ask("complete", literal(text));
        return answer.isEmpty() ? List.of() : List.of(answer.split("\n"));
    }
}
