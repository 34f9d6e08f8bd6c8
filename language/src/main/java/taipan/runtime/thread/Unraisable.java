package taipan.runtime.thread;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.io.PythonOutput;
import taipan.runtime.object.Repr;

/**
 * CPython's {@code sys.unraisablehook} default: an exception that nobody can catch (a weakref callback's, a thread's
 * started by {@code start_new_thread}) is printed to stderr and execution goes on.
 */
public final class Unraisable {
    private Unraisable() {
    }

    @TruffleBoundary
    public static void report(PythonOutput stderr, String context, Object where, PException e) {
        report(stderr, context + ": " + Repr.repr(where), e);
    }

    /** {@code headline} on a line of its own, then the exception as the traceback's last line. */
    @TruffleBoundary
    public static void report(PythonOutput stderr, String headline, PException e) {
        PBaseException exception = e.getPythonException();
        String message = Repr.exceptionStr(exception);
        StringBuilder text = new StringBuilder();
        text.append(headline).append('\n');
        text.append("Traceback (most recent call last):\n");
        text.append(exception.getType().getName());
        text.append(message.isEmpty() ? "" : ": " + message).append('\n');
        stderr.write(text.toString());
        stderr.flush();
    }
}
