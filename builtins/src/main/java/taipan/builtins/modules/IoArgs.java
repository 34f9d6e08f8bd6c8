package taipan.builtins.modules;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** Argument conversions and errors shared by the {@code _io} classes (CPython's {@code Modules/_io/_iomodule.h}). */
final class IoArgs {

    private IoArgs() {
    }

    /** A size argument: -1 for None or absent, else an int. */
    static long size(Node node, Object value) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return -1;
        }
        return NumberArgs.asLong(node, value);
    }

    static void checkClosed(Node node, boolean closed) {
        if (closed) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "I/O operation on closed file.");
        }
    }

    static RuntimeException unsupported(Node node, String message) {
        throw PythonErrors.raise(node, BuiltinType.UNSUPPORTED_OPERATION, message);
    }

    static String text(Node node, Object value, String what) {
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s argument expected, got '%s'", what,
                        PythonErrors.typeName(node, value));
    }

    /** {@code self.name(*args)} through the generic attribute lookup: the base classes' default methods use it. */
    static Object callMethod(Node node, Object self, String name, Object... args) {
        return SlowCall.call(node, ObjectAttributes.getAttribute(node, self, name), args);
    }

    /** The new position of a seek from {@code whence} (0, 1 or 2) by {@code offset} in a buffer. */
    static long seekTarget(Node node, long offset, long whence, int position, int length, boolean text) {
        if (whence < 0 || whence > 2) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (text && whence != 0 && offset != 0) {
            throw PythonErrors.raise(node, BuiltinType.OS_ERROR, whence == 1 ? "Can't do nonzero cur-relative seeks"
                            : "Can't do nonzero end-relative seeks");
        }
        if (whence == 0 && offset < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Negative seek position %d", offset);
        }
        long target = whence == 0 ? offset : whence == 1 ? position + offset : length + offset;
        return Math.max(0, target);
    }

    /** A truncate size: the position for None or absent, else a non-negative int. */
    static int truncateSize(Node node, Object value, int position) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return position;
        }
        long size = NumberArgs.asLong(node, value);
        if (size < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Negative size value %d", size);
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
    }
}
