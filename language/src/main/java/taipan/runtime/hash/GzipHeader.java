package taipan.runtime.hash;

/** The gzip member header of RFC 1952, which the JDK's {@link java.util.zip.Inflater} cannot skip by itself. */
final class GzipHeader {

    private GzipHeader() {
    }

    /** The header's length in {@code input}; -1 when incomplete, -2 when it is not a gzip header. */
    static int length(byte[] input) {
        if (input.length < 10) {
            return input.length >= 2 && !magic(input) ? -2 : -1;
        } else if (!magic(input) || input[2] != 8) {
            return -2;
        }
        int flags = input[3] & 0xFF;
        int at = 10;
        if ((flags & 4) != 0) {
            if (input.length < at + 2) {
                return -1;
            }
            at += 2 + (input[at] & 0xFF) + ((input[at + 1] & 0xFF) << 8);
        }
        for (int bit : new int[]{8, 16}) {
            if ((flags & bit) != 0) {
                while (at < input.length && input[at] != 0) {
                    at++;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
        }
        return at <= input.length ? at : -1;
    }

    private static boolean magic(byte[] input) {
        return (input[0] & 0xFF) == 0x1f && (input[1] & 0xFF) == 0x8b;
    }
}
