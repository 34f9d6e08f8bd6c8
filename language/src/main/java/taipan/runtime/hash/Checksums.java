package taipan.runtime.hash;

/** The running checksums of {@code zlib} and {@code binascii}: CRC-32, Adler-32 and CRC-CCITT ({@code crc_hqx}). */
public final class Checksums {

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX_TABLE[n] = h & 0xFFFF;
        }
    }

    private Checksums() {
    }

    /** CRC-32 of {@code data} continuing from {@code crc} (the previous result, 0 to start). */
    public static long crc32(byte[] data, long crc) {
        int c = ~(int) crc;
        for (byte b : data) {
            c = CRC32_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    /** Adler-32 of {@code data} continuing from {@code value} (1 to start). */
    public static long adler32(byte[] data, long value) {
        long a = value & 0xFFFF;
        long b = (value >>> 16) & 0xFFFF;
        for (byte x : data) {
            a = (a + (x & 0xFF)) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    /** CRC-CCITT (polynomial 0x1021, as binhex uses) continuing from {@code crc}. */
    public static long crcHqx(byte[] data, long crc) {
        int c = (int) crc & 0xFFFF;
        for (byte b : data) {
            c = ((c << 8) & 0xFF00) ^ HQX_TABLE[((c >>> 8) ^ b) & 0xFF];
        }
        return c;
    }
}
