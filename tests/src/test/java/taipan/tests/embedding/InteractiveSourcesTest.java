package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * A REPL-like embedder: {@code Context.eval} of interactive sources shows expression values through
 * {@code sys.displayhook}, as CPython's interactive mode does, on the {@code Context.Builder}'s stdout; errors stay
 * exceptions for the embedder and leave its stdout and stderr alone.
 */
class InteractiveSourcesTest {

    private static Value eval(Context context, String code) {
        return context.eval(Source.newBuilder("python", code, "<stdin>").interactive(true).buildLiteral());
    }

    @Test
    void expressionValuesGoToTheBuilderStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("python").out(out).err(err).build()) {
            assertTrue(eval(context, "x = 20").isNull(), "an assignment shows nothing");
            Value shown = eval(context, "x + 1");
            assertTrue(shown.isNull(), "the value was shown, not returned");
            eval(context, "'a' * 2; None");
            eval(context, "print('printed'); [x, _]");
            eval(context, "for i in range(2):\n    i\n");
            eval(context, "\"first string\"");
            eval(context, "import sys\nsys.stderr.write('to err\\n')\n");
            // a plain source is no REPL input: nothing shown, the last value returned
            assertEquals(21, context.eval("python", "x + 1").asInt());
            PolyglotException e = assertThrows(PolyglotException.class, () -> eval(context, "1 / 0"));
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        }
        assertEquals("21\n'aa'\nprinted\n[20, 'aa']\n0\n1\n'first string'\n7\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("to err\n", err.toString(StandardCharsets.UTF_8));
    }
}
