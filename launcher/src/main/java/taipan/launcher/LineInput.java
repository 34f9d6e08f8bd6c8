package taipan.launcher;

import java.io.IOException;

/** Where the REPL's entries come from: a JLine terminal, or plain lines when stdin is not a terminal. */
interface LineInput extends AutoCloseable {

    /** The user cancelled the input with Ctrl-C. */
    final class Interrupted extends Exception {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super(null, null, false, false);
        }
    }

    /** One complete entry (possibly several lines), or null at end of input (Ctrl-D). */
    String read() throws Interrupted, IOException;

    /** Clears the screen ({@code clear}); a no-op without a terminal. */
    default void clearScreen() {
    }

    @Override
    default void close() {
    }
}
