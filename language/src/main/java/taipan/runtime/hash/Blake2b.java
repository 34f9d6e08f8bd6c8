package taipan.runtime.hash;

/**
 * BLAKE2b of RFC 7693 with the full parameter block (digest size, key, salt, personalisation, tree parameters),
 * as CPython's {@code _blake2.blake2b} takes them. Written here because the JDK has no BLAKE2.
 */
public final class Blake2b implements HashEngine {

    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private static final int BLOCK = 128;

    private final long[] h = new long[8];
    private final byte[] buffer = new byte[BLOCK];
    private int filled;
    private long counterLow;
    private long counterHigh;
    private final int digestSize;
    private final boolean lastNode;

    /** {@code param} is the 64-byte parameter block; {@code key} (maybe empty) is fed as a first padded block. */
    public Blake2b(byte[] param, byte[] key, boolean lastNode) {
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ Blake2s.littleEndian(param, 8 * i, 8);
        }
        this.digestSize = param[0] & 0xFF;
        this.lastNode = lastNode;
        if (key.length > 0) {
            update(key, 0, key.length);
            filled = BLOCK;
        }
    }

    private Blake2b(Blake2b other) {
        System.arraycopy(other.h, 0, h, 0, 8);
        System.arraycopy(other.buffer, 0, buffer, 0, BLOCK);
        filled = other.filled;
        counterLow = other.counterLow;
        counterHigh = other.counterHigh;
        digestSize = other.digestSize;
        lastNode = other.lastNode;
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            // the last block waits: it is compressed with the final flag
            if (filled == BLOCK) {
                count(BLOCK);
                compress(h, buffer, false);
                filled = 0;
            }
            buffer[filled++] = data[offset + i];
        }
    }

    private void count(int n) {
        counterLow += n;
        if (Long.compareUnsigned(counterLow, n) < 0) {
            counterHigh++;
        }
    }

    @Override
    public byte[] digest() {
        Blake2b done = new Blake2b(this);
        done.count(done.filled);
        java.util.Arrays.fill(done.buffer, done.filled, BLOCK, (byte) 0);
        done.compress(done.h, done.buffer, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (done.h[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2b(this);
    }

    private void compress(long[] state, byte[] block, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = Blake2s.littleEndian(block, 8 * i, 8);
        }
        long[] v = new long[16];
        System.arraycopy(state, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= counterLow;
        v[13] ^= counterHigh;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int round = 0; round < 12; round++) {
            byte[] s = SIGMA[round % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            state[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
