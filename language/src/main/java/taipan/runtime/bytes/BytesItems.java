package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** Checks of the values stored into a bytearray by item and slice assignment. */
public final class BytesItems {

    private BytesItems() {
    }

    /** An item value: an int in range(0, 256). */
    public static int byteValue(Node location, Object value) {
        if (value instanceof Long l) {
            return BytesContains.byteValue(location, l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(location, value));
    }

    /** A normalised index into {@code array} (call holding its monitor); IndexError when out of range. */
    public static int index(Node location, PByteArray array, long index) {
        int n = array.length();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PythonErrors.raise(location, BuiltinType.INDEX_ERROR, "bytearray index out of range");
        }
        return (int) i;
    }

    /** The bytes a slice assignment stores: a bytes-like object, or a list or tuple of byte values. */
    @TruffleBoundary
    public static byte[] sliceValues(Node location, Object value) {
        if (value instanceof PBytesLike b) {
            return b.toByteArray();
        } else if (value instanceof PMemoryView m) {
            return m.toBytes();
        }
        Object[] items = null;
        if (value instanceof PList l) {
            items = l.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        } else if (value instanceof PTuple t) {
            items = t.getItems();
        }
        if (items == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            result[i] = (byte) byteValue(location, items[i]);
        }
        return result;
    }
}
