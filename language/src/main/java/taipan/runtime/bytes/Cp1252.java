package taipan.runtime.bytes;

/** The Windows-1252 charmap ({@code Lib/encodings/cp1252.py}): latin-1 but for the bytes 0x80..0x9F. */
final class Cp1252 {

    /** The code points of the bytes 0x80..0x9F; -1 where the byte is undefined. */
    private static final int[] HIGH = {0x20ac, -1, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
                    0x160, 0x2039, 0x152, -1, 0x17d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                    0x2dc, 0x2122, 0x161, 0x203a, 0x153, -1, 0x17e, 0x178};

    private Cp1252() {
    }

    /** The code point of byte {@code b} (0..255), or -1 when it maps to undefined. */
    static int decode(int b) {
        return b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : b;
    }

    /** The byte of code point {@code cp}, or -1 when it has none. */
    static int encode(int cp) {
        if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) {
            return cp;
        }
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] == cp) {
                return 0x80 + i;
            }
        }
        return -1;
    }
}
