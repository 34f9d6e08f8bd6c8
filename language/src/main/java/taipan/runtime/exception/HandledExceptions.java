package taipan.runtime.exception;

import java.util.ArrayDeque;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The exceptions being handled on this thread (CPython's {@code exc_info} stack): an {@code except} clause or a
 * {@code finally} block entered by an exception pushes it while its body runs. A newly raised exception takes the
 * innermost one as its {@code __context__}, as CPython's {@code _PyErr_SetObject} does, cycles cut.
 * Touched only where exceptions are raised or handled, never on a path without one.
 */
public final class HandledExceptions {

    /** Only exception paths reach it, so a plain thread-local is cheap enough and needs no context. */
    private static final ThreadLocal<ArrayDeque<PBaseException>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    private HandledExceptions() {
    }

    /** A pooled thread's next Python thread starts with no exception being handled. */
    @TruffleBoundary
    public static void clear() {
        STACK.get().clear();
    }

    @TruffleBoundary
    public static void push(PBaseException handled) {
        STACK.get().push(handled);
    }

    @TruffleBoundary
    public static void pop() {
        STACK.get().pop();
    }

    /** The exception the innermost active handler handles ({@code sys.exception()}), or null. */
    @TruffleBoundary
    public static PBaseException current() {
        return STACK.get().peek();
    }

    /** Records the handled exception as the new one's {@code __context__}, breaking any cycle this would make. */
    @TruffleBoundary
    public static void chain(PBaseException raised) {
        chain(raised, STACK.get().peek());
    }

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
