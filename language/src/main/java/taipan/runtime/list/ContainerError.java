package taipan.runtime.list;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python exception raised by list, dict or set storage: CPython's exception class name, its exact message and, for
 * KeyError, the key object; the interpreter maps it to the real Python exception.
 */
public final class ContainerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final transient Object key;

    private ContainerError(String pythonType, String message, Object key) {
        // No stack trace: these are ordinary Python-level outcomes, and filling one in is costly.
        super(message, null, false, false);
        this.pythonType = pythonType;
        this.key = key;
    }

    /** The Python exception class name, e.g. {@code "IndexError"}. */
    public String pythonType() {
        return pythonType;
    }

    /**
     * The missing key of a KeyError (Python's {@code e.args[0]}); for a message containing {@code %r}, the object whose
     * repr the interpreter substitutes there ("%r is not in list"); otherwise null.
     */
    public Object key() {
        return key;
    }

    @TruffleBoundary
    public static ContainerError indexError(String message) {
        return new ContainerError("IndexError", message, null);
    }

    @TruffleBoundary
    public static ContainerError valueError(String message) {
        return new ContainerError("ValueError", message, null);
    }

    /** ValueError "%r is not in list" (list.index). */
    @TruffleBoundary
    public static ContainerError notInList(Object value) {
        return new ContainerError("ValueError", "%r is not in list", value);
    }

    @TruffleBoundary
    public static ContainerError bufferError(String message) {
        return new ContainerError("BufferError", message, null);
    }

    public static ContainerError typeError(String message) {
        return new ContainerError("TypeError", message, null);
    }

    @TruffleBoundary
    public static ContainerError runtimeError(String message) {
        return new ContainerError("RuntimeError", message, null);
    }

    @TruffleBoundary
    public static ContainerError memoryError() {
        return new ContainerError("MemoryError", "", null);
    }

    /** KeyError(key): its message is the key's repr, which the interpreter computes. */
    @TruffleBoundary
    public static ContainerError keyError(Object key) {
        return new ContainerError("KeyError", null, key);
    }

    /** KeyError with a fixed message, such as "popitem(): dictionary is empty". */
    @TruffleBoundary
    public static ContainerError keyErrorWithMessage(String message) {
        return new ContainerError("KeyError", message, null);
    }

    @Override
    public String toString() {
        return pythonType + ": " + (getMessage() != null ? getMessage() : String.valueOf(key));
    }
}
