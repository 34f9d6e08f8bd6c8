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

    /** The bytes of a bytes-like argument (bytes, bytearray, memoryview), copied. */
    static byte[] bytes(Node node, Object value) {
        if (value instanceof taipan.runtime.bytes.PBytesLike b) {
            return b.toByteArray();
        } else if (value instanceof taipan.runtime.bytes.PMemoryView m) {
            return m.toBytes();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                        PythonErrors.typeName(node, value));
    }

    /** How many bytes {@code readinto} may store in {@code buffer} (a bytearray or a writable memoryview). */
    static int writableCapacity(Node node, Object buffer) {
        if (buffer instanceof taipan.runtime.bytes.PByteArray b) {
            return b.length();
        } else if (buffer instanceof taipan.runtime.bytes.PMemoryView m && !m.isReadonly()
                        && m.getStride() == m.getItemSize()) {
            return m.length() * m.getItemSize();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "readinto() argument must be read-write bytes-like object, not %s",
                        PythonErrors.typeName(node, buffer));
    }

    /** Stores {@code data} at the start of a buffer {@link #writableCapacity} accepted. */
    static void copyInto(Object buffer, byte[] data) {
        if (buffer instanceof taipan.runtime.bytes.PByteArray b) {
            synchronized (b) {
                System.arraycopy(data, 0, b.array(), 0, Math.min(data.length, b.length()));
            }
        } else if (buffer instanceof taipan.runtime.bytes.PMemoryView m) {
            System.arraycopy(data, 0, m.getBase().array(), m.getOffset(), data.length);
        }
    }

    /** {@code module.QualName} of an object's class, as io reprs show it. */
    static String qualifiedName(Node node, Object self) {
        taipan.runtime.type.PythonClass cls = taipan.nodes.object.SpecialMethods.classOf(node, self);
        Object module = ObjectAttributes.getClassAttribute(node, cls, "__module__");
        String prefix = module instanceof TruffleString m && !m.toJavaStringUncached().equals("builtins")
                        ? m.toJavaStringUncached() + "." : "";
        return prefix + cls.getName();
    }

    /** {@code getattr(self, name, None)} but null when missing (AttributeError only). */
    static Object optionalAttribute(Node node, Object self, String name) {
        try {
            return ObjectAttributes.getAttribute(node, self, name);
        } catch (taipan.runtime.exception.PException e) {
            if (e.getPythonException().getType().getSolidBase() == BuiltinType.ATTRIBUTE_ERROR
                            || isAttributeError(node, e)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isAttributeError(Node node, taipan.runtime.exception.PException e) {
        return e.getPythonException().getType().isSubclassOf(
                        taipan.language.TaipanLanguage.get(node).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR));
    }
}
