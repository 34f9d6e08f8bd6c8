package taipan.runtime.bytes;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The searching and combining algorithms of {@code bytes}/{@code bytearray}, over (array, length) pairs. */
public final class BytesOps {

    private BytesOps() {
    }

    /** A result of the same type as {@code like}: bytes for bytes, bytearray for bytearray. */
    public static PBytesLike wrap(PBytesLike like, byte[] bytes) {
        return like instanceof PByteArray ? new PByteArray(bytes) : new PBytes(bytes);
    }

    public static PBytesLike concat(PBytesLike left, PBytesLike right) {
        byte[] a = left.toByteArray();
        byte[] b = right.toByteArray();
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return wrap(left, r);
    }

    public static PBytesLike repeat(PBytesLike b, int times) {
        byte[] a = b.toByteArray();
        byte[] r = new byte[a.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
        }
        return wrap(b, r);
    }

    /** Lexicographic comparison of unsigned bytes, as {@code memcmp} then length. */
    public static int compare(PBytesLike left, PBytesLike right) {
        byte[] a = left.array();
        byte[] b = right.array();
        int n = Math.min(left.length(), a.length);
        int m = Math.min(right.length(), b.length);
        return Arrays.compareUnsigned(a, 0, n, b, 0, m);
    }

    /** The first index of byte value {@code v} at or after {@code from}, or -1. */
    public static int indexOf(byte[] a, int n, int v, int from) {
        int end = Math.min(n, a.length);
        for (int i = Math.max(from, 0); i < end; i++) {
            if ((a[i] & 0xFF) == v) {
                return i;
            }
        }
        return -1;
    }

    /** The first index of {@code sub} within {@code a[start, end)}, or -1 (end already clamped to the length). */
    @TruffleBoundary
    public static int find(byte[] a, int n, byte[] sub, int start, int end) {
        end = Math.min(end, Math.min(n, a.length));
        if (start < 0 || start > end) {
            return -1;
        }
        outer:
        for (int i = start; i + sub.length <= end; i++) {
            for (int k = 0; k < sub.length; k++) {
                if (a[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of {@code sub} within {@code a[start, end)}, or -1. */
    @TruffleBoundary
    public static int rfind(byte[] a, int n, byte[] sub, int start, int end) {
        end = Math.min(end, Math.min(n, a.length));
        if (start > end) {
            return -1;
        }
        outer:
        for (int i = end - sub.length; i >= start; i--) {
            for (int k = 0; k < sub.length; k++) {
                if (a[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Non-overlapping occurrences of {@code sub} in {@code a[start, end)}. */
    @TruffleBoundary
    public static int count(byte[] a, int n, byte[] sub, int start, int end) {
        end = Math.min(end, Math.min(n, a.length));
        if (start > end) {
            return 0;
        }
        if (sub.length == 0) {
            return end - start + 1;
        }
        int count = 0;
        int i = start;
        while ((i = find(a, n, sub, i, end)) >= 0) {
            count++;
            i += sub.length;
        }
        return count;
    }

    /** {@code replace(old, new, count)} with CPython's rules for an empty {@code old}. */
    @TruffleBoundary
    public static byte[] replace(byte[] a, int n, byte[] old, byte[] rep, long maxCount) {
        long limit = maxCount < 0 ? Long.MAX_VALUE : maxCount;
        ByteBuilder out = new ByteBuilder(n);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < limit) {
                    out.add(rep, 0, rep.length);
                    done++;
                }
                if (i < n) {
                    out.add(a[i]);
                }
            }
            return out.toArray();
        }
        int i = 0;
        long done = 0;
        while (done < limit) {
            int j = find(a, n, old, i, n);
            if (j < 0) {
                break;
            }
            out.add(a, i, j);
            out.add(rep, 0, rep.length);
            i = j + old.length;
            done++;
        }
        out.add(a, i, n);
        return out.toArray();
    }

    /** {@code sep.join(items)} for already-checked items. */
    @TruffleBoundary
    public static byte[] join(byte[] sep, byte[][] items) {
        ByteBuilder out = new ByteBuilder(16);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.add(sep, 0, sep.length);
            }
            out.add(items[i], 0, items[i].length);
        }
        return out.toArray();
    }

    /** {@code bytes.fromhex}: pairs of hex digits, whitespace allowed between pairs; -1-based error position. */
    @TruffleBoundary
    public static byte[] fromHex(String s) {
        ByteBuilder out = new ByteBuilder(s.length() / 2);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && c < 0x80) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c >= 0x80) {
                throw new CodecException("ValueError",
                                "non-hexadecimal number found in fromhex() arg at position " + i);
            } else if (lo < 0 || s.charAt(i + 1) >= 0x80) {
                throw new CodecException("ValueError",
                                "non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.add(hi * 16 + lo);
            i += 2;
        }
        return out.toArray();
    }
}
