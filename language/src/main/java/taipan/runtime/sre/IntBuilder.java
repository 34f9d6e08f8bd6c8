package taipan.runtime.sre;

import java.util.Arrays;

/** A growable int array for building replacement results. */
public final class IntBuilder {
    private int[] data;
    private int size;

    public IntBuilder(int capacity) {
        data = new int[Math.max(16, capacity)];
    }

    public void append(int[] src, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        if (data.length - size < n) {
            data = Arrays.copyOf(data, Math.max(size + n, data.length * 2));
        }
        System.arraycopy(src, from, data, size, n);
        size += n;
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
