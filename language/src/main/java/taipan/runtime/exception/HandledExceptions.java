package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;

/**
 * The exceptions being handled on this thread (CPython's {@code exc_info} stack): an {@code except} clause or a
 * {@code finally} block entered by an exception pushes it while its body runs. A newly raised exception takes the
 * innermost one as its {@code __context__}, as CPython's {@code _PyErr_SetObject} does, cycles cut.
 * The stack lives in {@link taipan.language.PythonThreadState} (a pooled Java thread runs several Python threads).
 */
public final class HandledExceptions {

    private HandledExceptions() {
    }

    /** {@code location} (may be null) finds the language; the stack itself is the thread's PythonThreadState. */
    public static void push(Node location, PBaseException handled) {
        TaipanLanguage.get(location).threadState().pushHandled(handled);
    }

    public static void pop(Node location) {
        TaipanLanguage.get(location).threadState().popHandled();
    }

    /** The exception the innermost active handler handles ({@code sys.exception()}), or null. */
    public static PBaseException current(Node location) {
        return TaipanLanguage.get(location).threadState().currentHandled();
    }

    /** Records the handled exception as the new one's {@code __context__}, breaking any cycle this would make. */
    @TruffleBoundary
    public static void chain(PBaseException raised, PBaseException handled) {
        if (handled == null || handled == raised) {
            return;
        }
        // Objects/errors.c: if the new exception is already on the handled one's context chain, cut it there.
        PBaseException o = handled;
        for (PBaseException c = o.getContext(); c != null; c = o.getContext()) {
            if (c == raised) {
                o.setContext(null);
                break;
            }
            o = c;
        }
        raised.setContext(handled);
    }
}
