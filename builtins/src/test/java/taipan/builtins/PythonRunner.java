package taipan.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Runs Python source in a fresh polyglot context and captures what it printed. */
final class PythonRunner {

    /** What one run produced: stdout, and the guest exception if the program raised one. */
    record Result(String out, PolyglotException error) {
    }

    private PythonRunner() {
    }

    /** Runs {@code code}; the context stays open when it raised, so the exception's guest object is readable. */
    static Result run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder("python").out(out).err(err).build();
        try {
            context.eval(Source.newBuilder("python", code, "test.py").buildLiteral());
        } catch (PolyglotException e) {
            return new Result(out.toString(StandardCharsets.UTF_8), e);
        }
        context.close();
        return new Result(out.toString(StandardCharsets.UTF_8), null);
    }

    /** Runs code that must not raise, returning its output. */
    static String output(String code) {
        Result r = run(code);
        if (r.error() != null) {
            throw new AssertionError("unexpected " + r.error().getMessage() + "\noutput so far:\n" + r.out(), r.error());
        }
        return r.out();
    }
}
