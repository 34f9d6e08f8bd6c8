package taipan.runtime.hash;

/**
 * The Keccak-f[1600] sponge of FIPS 202: SHA3-224...512 (domain byte 0x06) and SHAKE128/256 (0x1F), whose
 * output length the caller chooses. Written here because the JDK offers no SHAKE digest.
 */
public final class Keccak implements HashEngine {

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};

    private final long[] state = new long[25];
    private final int rate;
    private final byte suffix;
    private final int outputLength;
    private final byte[] block;
    private int filled;

    /** {@code rate} in bytes (200 - 2 * security bytes); {@code outputLength} 0 for an extendable output. */
    public Keccak(int rate, byte suffix, int outputLength) {
        this.rate = rate;
        this.suffix = suffix;
        this.outputLength = outputLength;
        this.block = new byte[rate];
    }

    private Keccak(Keccak other) {
        this(other.rate, other.suffix, other.outputLength);
        System.arraycopy(other.state, 0, state, 0, 25);
        System.arraycopy(other.block, 0, block, 0, rate);
        filled = other.filled;
    }

    public static Keccak sha3(int bits) {
        return new Keccak(200 - bits / 4, (byte) 0x06, bits / 8);
    }

    public static Keccak shake(int bits) {
        return new Keccak(200 - bits / 4, (byte) 0x1F, 0);
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            block[filled++] = data[offset + i];
            if (filled == rate) {
                absorb(block);
                filled = 0;
            }
        }
    }

    @Override
    public byte[] digest() {
        return squeeze(outputLength);
    }

    @Override
    public HashEngine copy() {
        return new Keccak(this);
    }

    /** {@code length} bytes of output from a padded copy of the state (the engine itself can still be fed). */
    public byte[] squeeze(int length) {
        Keccak done = new Keccak(this);
        java.util.Arrays.fill(done.block, done.filled, rate, (byte) 0);
        done.block[done.filled] ^= suffix;
        done.block[rate - 1] ^= (byte) 0x80;
        done.absorb(done.block);
        byte[] out = new byte[length];
        for (int at = 0; at < length; at += rate) {
            if (at > 0) {
                permute(done.state);
            }
            for (int i = 0; i < rate && at + i < length; i++) {
                out[at + i] = (byte) (done.state[i / 8] >>> (8 * (i % 8)));
            }
        }
        return out;
    }

    private void absorb(byte[] data) {
        for (int i = 0; i < rate; i++) {
            state[i / 8] ^= (data[i] & 0xFFL) << (8 * (i % 8));
        }
        permute(state);
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            rhoPi(a);
            for (int y = 0; y < 25; y += 5) {
                long t0 = a[y];
                long t1 = a[y + 1];
                long t2 = a[y + 2];
                long t3 = a[y + 3];
                long t4 = a[y + 4];
                a[y] = t0 ^ (~t1 & t2);
                a[y + 1] = t1 ^ (~t2 & t3);
                a[y + 2] = t2 ^ (~t3 & t4);
                a[y + 3] = t3 ^ (~t4 & t0);
                a[y + 4] = t4 ^ (~t0 & t1);
            }
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    /** The rho rotations and the pi lane permutation, walked along pi's single cycle from lane (1, 0). */
    private static void rhoPi(long[] a) {
        int x = 1;
        int y = 0;
        long current = a[1];
        for (int t = 0; t < 24; t++) {
            int nextX = y;
            int nextY = (2 * x + 3 * y) % 5;
            x = nextX;
            y = nextY;
            long saved = a[x + 5 * y];
            a[x + 5 * y] = Long.rotateLeft(current, ((t + 1) * (t + 2) / 2) % 64);
            current = saved;
        }
    }
}
