package taipan.runtime.bytes;

import java.util.Arrays;

/**
 * A bytes-like object whose methods are shared by {@code bytes} and {@code bytearray}: a byte array and a length.
 * Readers take {@link #array()} once and {@link #length()} before it, and never index past the array they read.
 */
public abstract sealed class PBytesLike permits PBytes, PByteArray {

    /** The storage: items {@code [0, length())}; never written through by a reader. */
    public abstract byte[] array();

    public abstract int length();

    /** A copy of exactly the items. */
    public final byte[] toByteArray() {
        int n = length();
        byte[] a = array();
        return Arrays.copyOf(a, Math.min(n, a.length));
    }

    /** The item at {@code index} (0 <= index < length) as an unsigned int. */
    public final int get(int index) {
        return array()[index] & 0xFF;
    }
}
