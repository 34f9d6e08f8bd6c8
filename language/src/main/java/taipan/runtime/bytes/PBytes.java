package taipan.runtime.bytes;

import java.util.Arrays;

/** Python's immutable {@code bytes}: a {@code byte[]} wrapper (DESIGN §5); equal and hashed by content. */
public final class PBytes extends PBytesLike {

    public static final PBytes EMPTY = new PBytes(new byte[0]);

    private final byte[] bytes;
    /** The hash, computed once (0 until then: a racy but idempotent cache, as String's). */
    private int hash;

    /** Wraps {@code bytes} without copying: the caller hands the array over. */
    public PBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public byte[] array() {
        return bytes;
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PBytes other && Arrays.equals(bytes, other.bytes);
    }

    /** CPython's value is seeded per process; any stable content hash keeps dicts and sets correct. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            h = h == 0 || h == -1 ? 1 : h;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return BytesRepr.repr(bytes, bytes.length);
    }
}
