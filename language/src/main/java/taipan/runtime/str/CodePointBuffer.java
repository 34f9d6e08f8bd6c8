package taipan.runtime.str;

import java.util.Arrays;

import com.oracle.truffle.api.strings.TruffleString;

/** A growable array of code points, the builder of the slow-path algorithms. */
final class CodePointBuffer {

    private int[] data;
    private int length;

    CodePointBuffer(int capacity) {
        data = new int[Math.max(capacity, 4)];
    }

    void append(int codePoint) {
        if (length == data.length) {
            grow(length + 1);
        }
        data[length++] = codePoint;
    }

    void append(int[] cps, int from, int to) {
        int n = to - from;
        if (length + n > data.length) {
            grow(length + n);
        }
        System.arraycopy(cps, from, data, length, n);
        length += n;
    }

    void append(int[] cps) {
        append(cps, 0, cps.length);
    }

    void appendAscii(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            append(ascii.charAt(i));
        }
    }

    void appendRepeated(int codePoint, int count) {
        for (int i = 0; i < count; i++) {
            append(codePoint);
        }
    }

    void truncate(int newLength) {
        length = newLength;
    }

    int length() {
        return length;
    }

    private void grow(int minCapacity) {
        long newCapacity = Math.max((long) data.length * 2, minCapacity);
        if (newCapacity > Integer.MAX_VALUE - 8) {
            if (minCapacity > Integer.MAX_VALUE - 8) {
                throw StrException.memoryError();
            }
            newCapacity = Integer.MAX_VALUE - 8;
        }
        data = Arrays.copyOf(data, (int) newCapacity);
    }

    TruffleString toStr() {
        return StrCodePoints.fromArray(data, length);
    }

    /** The code points as Java text; a lone surrogate stays one char (callers escape them anyway). */
    String toJavaString() {
        return new String(data, 0, length);
    }
}
