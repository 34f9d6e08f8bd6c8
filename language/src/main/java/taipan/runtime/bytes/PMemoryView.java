package taipan.runtime.bytes;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Python's {@code memoryview} over a {@code bytes} or {@code bytearray}: one dimension of items of a struct format
 * ({@code B} by default), {@code length} items {@code stride} bytes apart from byte {@code offset}. Views share
 * the exporter's storage, so writes to a bytearray's view are seen through the bytearray and the other way round.
 */
public final class PMemoryView {

    private final PBytesLike base;
    private final int offset;
    private final int length;
    private final int stride;
    private final char format;
    private final int itemsize;
    private final boolean readonly;
    /** {@code shape} of a cast to more than one dimension (row-major), or null for one dimension. */
    private final int[] shape;
    private volatile boolean released;
    /** Made by {@code memoryview(obj)} itself: holds the exporter's storage until released (slices do not). */
    private boolean exporting;
    /** What {@code obj} reports when the storage is not the exporter itself ({@code array.array}), else null. */
    private Object exporter;

    public PMemoryView(PBytesLike base, int offset, int length, int stride, char format, boolean readonly,
                    int[] shape) {
        this.base = base;
        this.offset = offset;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.itemsize = itemSize(format);
        this.readonly = readonly;
        this.shape = shape;
    }

    /** A view of all of {@code base}, as {@code memoryview(base)} makes. */
    public static PMemoryView of(PBytesLike base) {
        PMemoryView view = new PMemoryView(base, 0, base.length(), 1, 'B', base instanceof PBytes, null);
        if (base instanceof PByteArray b) {
            view.exporting = true;
            b.export(1);
        }
        return view;
    }

    /**
     * A view of an exporter that keeps its items in {@code storage} ({@code memoryview(array)}): {@code length}
     * items of {@code format}; {@code obj} is the exporter. The storage counts the export until release.
     */
    public static PMemoryView ofStorage(PByteArray storage, Object exporter, char format, int length) {
        PMemoryView view = new PMemoryView(storage, 0, length, itemSize(format), format, false, null);
        view.exporting = true;
        view.exporter = exporter;
        storage.export(1);
        return view;
    }

    public Object getExporter() {
        return exporter;
    }

    /** A view made from another view reports the same {@code obj} (memoryview(memoryview(array)).obj is array). */
    public PMemoryView inheritExporter(PMemoryView from) {
        this.exporter = from.exporter;
        return this;
    }

    /** The item size of a struct format character, or 0 when the format is not supported. */
    public static int itemSize(char format) {
        return switch (format) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h', 'e' -> 2;
            case 'I', 'i', 'f' -> 4;
            case 'L', 'l', 'Q', 'q', 'N', 'n', 'P', 'd' -> 8;
            default -> 0;
        };
    }

    public PBytesLike getBase() {
        return base;
    }

    public int getOffset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public int getStride() {
        return stride;
    }

    public char getFormat() {
        return format;
    }

    public int getItemSize() {
        return itemsize;
    }

    public boolean isReadonly() {
        return readonly;
    }

    public int[] getShape() {
        return shape;
    }

    public boolean isReleased() {
        return released;
    }

    /** {@code release()}: a bytearray may resize again once its last view is released. */
    public synchronized void release() {
        if (!released) {
            released = true;
            if (exporting && base instanceof PByteArray b) {
                b.export(-1);
            }
        }
    }

    /** The view's bytes, item by item, as a new array ({@code tobytes()}). */
    public byte[] toBytes() {
        byte[] src = base.array();
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            System.arraycopy(src, offset + i * stride, out, i * itemsize, itemsize);
        }
        return out;
    }

    /** Item {@code i} (0 <= i < length) decoded by the format: an int, a float, a bool, or bytes for 'c'. */
    public Object item(int i) {
        ByteBuffer buffer = ByteBuffer.wrap(base.array(), offset + i * stride, itemsize).order(ByteOrder.LITTLE_ENDIAN);
        return switch (format) {
            case 'B' -> (long) (buffer.get() & 0xFF);
            case 'b' -> (long) buffer.get();
            case 'c' -> new PBytes(new byte[]{buffer.get()});
            case '?' -> buffer.get() != 0;
            case 'H' -> (long) (buffer.getShort() & 0xFFFF);
            case 'h' -> (long) buffer.getShort();
            case 'I' -> buffer.getInt() & 0xFFFFFFFFL;
            case 'i' -> (long) buffer.getInt();
            case 'f' -> (double) buffer.getFloat();
            case 'd' -> buffer.getDouble();
            case 'e' -> (double) Float.float16ToFloat(buffer.getShort());
            default -> {
                long v = buffer.getLong();
                yield format == 'L' || format == 'Q' || format == 'N' || format == 'P'
                                ? (v >= 0 ? (Object) v : new java.math.BigInteger(Long.toUnsignedString(v))) : (Object) v;
            }
        };
    }

    /** Writes item {@code i}'s bytes (already encoded, {@code itemsize} of them). */
    public void setItemBytes(int i, byte[] encoded) {
        PByteArray target = (PByteArray) base;
        int at = offset + i * stride;
        for (int k = 0; k < itemsize; k++) {
            target.set(at + k, encoded[k] & 0xFF);
        }
    }

    @Override
    public String toString() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + Integer.toHexString(System.identityHashCode(this))
                        + ">";
    }
}
