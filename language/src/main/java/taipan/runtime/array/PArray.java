package taipan.runtime.array;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.object.PythonObject;

/**
 * An {@code array.array} (CPython's {@code Modules/arraymodule.c}): items of one {@link ArrayType} packed in
 * native (little-endian) order in a byte buffer, which is what the buffer protocol exports. Python subclasses it.
 */
public final class PArray extends PythonObject {

    private final ArrayType type;
    private byte[] data;
    private int length;
    /** Live buffer exports (memoryviews): while any exists the array cannot change size, as CPython's ob_exports. */
    private int exports;
    /** The bytearray that memoryviews of this array view: it shares {@link #data} and counts their exports. */
    private PByteArray exported;

    public PArray(Shape shape, ArrayType type, byte[] data) {
        super(shape);
        this.type = type;
        this.data = data;
        this.length = data.length / type.itemSize();
    }

    public ArrayType getType() {
        return type;
    }

    public int length() {
        return length;
    }

    /** The backing bytes; only the first {@code length() * itemSize} are items. */
    public byte[] getData() {
        return data;
    }

    public int byteLength() {
        return length * type.itemSize();
    }

    @TruffleBoundary
    public byte[] toBytes() {
        return Arrays.copyOf(data, byteLength());
    }

    public boolean isExported() {
        return exports > 0 || (exported != null && exported.isExported());
    }

    /**
     * {@code memoryview(array)}: a writable view sharing the items' bytes (the array cannot be resized while it
     * lives, so the shared buffer stays the array's). Unicode arrays are viewed as their 4-byte code units.
     */
    @TruffleBoundary
    public synchronized PMemoryView exportView() {
        if (exported == null || exported.array() != data) {
            exported = new PByteArray(data);
        }
        char format = type.isUnicode() ? 'I' : type.code();
        return PMemoryView.ofStorage(exported, this, format, length);
    }

    public synchronized void export(int delta) {
        exports += delta;
    }

    /** Replaces the items with {@code bytes} (a whole number of items). */
    public void setBytes(byte[] bytes) {
        data = bytes;
        length = bytes.length / type.itemSize();
    }

    /** Makes room for {@code extra} more items at the end and returns the byte offset where they go. */
    @TruffleBoundary
    public int grow(int extra) {
        int at = byteLength();
        int need = at + extra * type.itemSize();
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2 + 16));
        }
        length += extra;
        return at;
    }

    /** Sets the item count, dropping items past it (the bytes stay allocated). */
    public void truncate(int newLength) {
        length = newLength;
    }
}
