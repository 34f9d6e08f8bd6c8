package taipan.runtime.hash;

/** BLAKE2s of RFC 7693 (32-bit words, 10 rounds) with its 32-byte parameter block; see {@link Blake2b}. */
public final class Blake2s implements HashEngine {

    private static final int[] IV = {
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

    private static final int BLOCK = 64;

    private final int[] h = new int[8];
    private final byte[] buffer = new byte[BLOCK];
    private int filled;
    private long counter;
    private final int digestSize;
    private final boolean lastNode;

    public Blake2s(byte[] param, byte[] key, boolean lastNode) {
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ (int) littleEndian(param, 4 * i, 4);
        }
        this.digestSize = param[0] & 0xFF;
        this.lastNode = lastNode;
        if (key.length > 0) {
            update(key, 0, key.length);
            filled = BLOCK;
        }
    }

    private Blake2s(Blake2s other) {
        System.arraycopy(other.h, 0, h, 0, 8);
        System.arraycopy(other.buffer, 0, buffer, 0, BLOCK);
        filled = other.filled;
        counter = other.counter;
        digestSize = other.digestSize;
        lastNode = other.lastNode;
    }

    /** {@code count} bytes at {@code offset} as a little-endian number. */
    static long littleEndian(byte[] bytes, int offset, int count) {
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (filled == BLOCK) {
                counter += BLOCK;
                compress(h, buffer, false);
                filled = 0;
            }
            buffer[filled++] = data[offset + i];
        }
    }

    @Override
    public byte[] digest() {
        Blake2s done = new Blake2s(this);
        done.counter += done.filled;
        java.util.Arrays.fill(done.buffer, done.filled, BLOCK, (byte) 0);
        done.compress(done.h, done.buffer, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (done.h[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    @Override
    public HashEngine copy() {
        return new Blake2s(this);
    }

    private void compress(int[] state, byte[] block, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = (int) littleEndian(block, 4 * i, 4);
        }
        int[] v = new int[16];
        System.arraycopy(state, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) counter;
        v[13] ^= (int) (counter >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int round = 0; round < 10; round++) {
            byte[] s = Blake2b.SIGMA[round];
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

    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
