package taipan.runtime.codecs;

/**
 * How much of a chunk a stateful decoder may decode now ({@code final=False}): the prefix that does not end inside
 * a character, so an incremental decoder keeps the tail for the next chunk (CPython's {@code consumed}).
 */
public final class PartialDecoding {

    private PartialDecoding() {
    }

    /** The UTF-8 prefix of {@code b[0, n)} that stops before a sequence the end of input cuts off. */
    public static int utf8(byte[] b, int n) {
        for (int back = 1; back <= 3 && n - back >= 0; back++) {
            int c = b[n - back] & 0xFF;
            if (c < 0x80) {
                return n;
            }
            if (c >= 0xC0) {
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
                if (need < back || !validTail(b, n - back, n)) {
                    return n;
                }
                return n - back;
            }
        }
        return n;
    }

    /** The continuation bytes after the lead byte at {@code lead} are valid so far (no overlong or surrogate). */
    private static boolean validTail(byte[] b, int lead, int n) {
        int c = b[lead] & 0xFF;
        for (int k = lead + 1; k < n; k++) {
            int next = b[k] & 0xFF;
            boolean ok = k > lead + 1 ? next >= 0x80 && next <= 0xBF : switch (c) {
                case 0xE0 -> next >= 0xA0 && next <= 0xBF;
                case 0xED -> next >= 0x80 && next <= 0x9F;
                case 0xF0 -> next >= 0x90 && next <= 0xBF;
                case 0xF4 -> next >= 0x80 && next <= 0x8F;
                default -> next >= 0x80 && next <= 0xBF;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The UTF-16 prefix of whole units that does not end on a high surrogate waiting for its pair. */
    public static int utf16(byte[] b, int from, int n, boolean bigEndian) {
        int end = from + (n - from) / 2 * 2;
        if (end - from >= 2) {
            int hi = b[end - 2] & 0xFF;
            int lo = b[end - 1] & 0xFF;
            int unit = bigEndian ? (hi << 8) | lo : (lo << 8) | hi;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                end -= 2;
            }
        }
        return end;
    }

    /** The UTF-32 prefix of whole units. */
    public static int utf32(int from, int n) {
        return from + (n - from) / 4 * 4;
    }
}
