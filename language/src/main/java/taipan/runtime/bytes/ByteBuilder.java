package taipan.runtime.bytes;

import java.util.Arrays;

/** A growable byte array for building bytes results on slow paths. */
public final class ByteBuilder {

    private byte[] bytes;
    private int size;

    public ByteBuilder(int capacity) {
        bytes = new byte[Math.max(capacity, 8)];
    }

    public void add(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    public void add(byte[] src, int from, int to) {
        int n = to - from;
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, size * 2));
        }
        System.arraycopy(src, from, bytes, size, n);
        size += n;
    }

    /** Appends the ASCII characters of {@code s}. */
    public void addAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
    }

    public int size() {
        return size;
    }

    public byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
