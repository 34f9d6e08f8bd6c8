package taipan.runtime.set;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import taipan.runtime.list.ContainerError;
import taipan.threading.ThreadingMode;

/**
 * A set iterator: a snapshot of the elements in CPython's order, and the size at creation (a different size raises
 * RuntimeError "Set changed size during iteration", and keeps raising, as CPython). In multi-threaded mode the
 * position advances by compare-and-set, so threads sharing the iterator never get the same element twice.
 */
public final class SetIteratorState {
    private static final VarHandle POSITION;

    static {
        try {
            POSITION = MethodHandles.lookup().findVarHandle(SetIteratorState.class, "position", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SetStorage set;
    private final Object[] elements;
    private int position;
    /** -1 once the size was seen to change: every later call raises too. */
    private int expectedSize;

    public SetIteratorState(ThreadingMode mode, SetStorage set) {
        this.set = set;
        this.elements = set.orderedElements(mode);
        this.expectedSize = elements.length;
    }

    /** The next element, or null when exhausted. */
    public Object next(ThreadingMode mode) {
        if (expectedSize != set.length(mode)) {
            if (position >= elements.length && expectedSize >= 0) {
                return null;
            }
            expectedSize = -1;
            throw ContainerError.runtimeError("Set changed size during iteration");
        }
        if (mode.isSingleThreaded()) {
            int i = position;
            if (i >= elements.length) {
                return null;
            }
            position = i + 1;
            return elements[i];
        }
        int i = (int) POSITION.getAndAdd(this, 1);
        return i < elements.length ? elements[i] : null;
    }

    /** {@code __length_hint__}. */
    public int lengthHint() {
        return Math.max(0, elements.length - position);
    }
}
