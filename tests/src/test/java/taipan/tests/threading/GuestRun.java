package taipan.tests.threading;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;

/**
 * Runs a Python program in a fresh context of one shared engine (so the JIT's work carries over between repetitions,
 * as issue 7 asks: stress tests run with compiled code) and returns what it printed; a guest exception fails with
 * its message and everything printed so far.
 */
final class GuestRun {
    private GuestRun() {
    }

    static Engine newEngine() {
        return Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
    }

    /** The program's stdout; {@code gil} sets {@code python.GIL} ({@code -X gil=1}). */
    static String run(Engine engine, boolean gil, String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("python").engine(engine).allowAllAccess(true).out(out).err(out)
                        .option("python.GIL", Boolean.toString(gil)).build()) {
            context.eval("python", program);
        } catch (PolyglotException e) {
            throw new AssertionError("guest failed: " + e.getMessage() + "\n" + out.toString(StandardCharsets.UTF_8), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
