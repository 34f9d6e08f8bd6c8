package taipan.runtime.random;

import java.math.BigInteger;

/**
 * MT19937 exactly as CPython's {@code Modules/_randommodule.c} runs it (Matsumoto and Nishimura's reference
 * generator): the same seeding by {@code init_by_array}, the same 53-bit {@code random()} and the same word order
 * in {@code getrandbits}, so a seed gives CPython's sequence. Not thread-safe: {@link PRandom} locks around it.
 */
public final class MersenneTwister {

    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    /** Seeds from a single word (CPython's {@code init_genrand}). */
    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** Seeds from 32-bit words, least significant first (CPython's {@code init_by_array}). */
    public void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** Seeds from a non-negative int: its 32-bit words, least significant first ([0] for zero). */
    public void seed(BigInteger n) {
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int w = 0; w < key.length; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    /** The next 32 random bits (CPython's {@code genrand_uint32}), as an int to be read unsigned. */
    public int nextInt() {
        if (index >= N) {
            generate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void generate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
        index = 0;
    }

    /** A float in [0, 1) from 53 random bits (CPython's {@code random_random}). */
    public double nextDouble() {
        long a = (nextInt() >>> 5) & 0xffffffffL;
        long b = (nextInt() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code k} random bits for {@code 0 < k <= 63}, as a long. */
    public long nextBits(int k) {
        if (k <= 32) {
            return (nextInt() & 0xffffffffL) >>> (32 - k);
        }
        long low = nextInt() & 0xffffffffL;
        long high = (nextInt() & 0xffffffffL) >>> (64 - k);
        return (high << 32) | low;
    }

    /** {@code k} random bits for any {@code k > 0}: words from least to most significant, the last one truncated. */
    public BigInteger nextBigBits(int k) {
        int words = (k - 1) / 32 + 1;
        byte[] bytes = new byte[words * 4];
        int left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            int r = nextInt();
            if (left < 32) {
                r >>>= 32 - left;
            }
            int at = bytes.length - 4 * (i + 1);
            bytes[at] = (byte) (r >>> 24);
            bytes[at + 1] = (byte) (r >>> 16);
            bytes[at + 2] = (byte) (r >>> 8);
            bytes[at + 3] = (byte) r;
        }
        return new BigInteger(1, bytes);
    }

    /** The 624 words then the index, as {@code getstate()} gives them. */
    public long[] getState() {
        long[] state = new long[N + 1];
        for (int i = 0; i < N; i++) {
            state[i] = mt[i] & 0xffffffffL;
        }
        state[N] = index;
        return state;
    }

    /** Restores {@link #getState}'s words; the caller has checked the index is in [0, N]. */
    public void setState(long[] words, int newIndex) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) words[i];
        }
        index = newIndex;
    }
}
