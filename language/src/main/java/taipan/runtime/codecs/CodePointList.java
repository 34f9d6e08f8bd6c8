package taipan.runtime.codecs;

import java.util.Arrays;

/** A growable array of code points, what the decoders of {@code _codecs} build their str from. */
public final class CodePointList {

    private int[] items;
    private int size;

    public CodePointList(int capacity) {
        this.items = new int[Math.max(capacity, 4)];
    }

    public void append(int cp) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = cp;
    }

    public void append(int[] cps) {
        for (int cp : cps) {
            append(cp);
        }
    }

    public void appendAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
