package taipan.language;

/**
 * What the interpreter keeps per Python thread (one per context and thread, through a {@code ContextThreadLocal}):
 * for now the depth of Python calls, which {@code sys.setrecursionlimit} bounds.
 */
public final class PythonThreadState {

    /** Python frames active on this thread; only this thread reads or writes it. */
    private int depth;

    /** Enters one more frame; returns the new depth. */
    public int enter() {
        return ++depth;
    }

    public void exit() {
        depth--;
    }

    public int depth() {
        return depth;
    }
}
