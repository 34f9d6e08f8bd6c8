package taipan.runtime.hash;

/** HMAC (RFC 2104) and PBKDF2-HMAC (RFC 8018) over any {@link HashEngine}, for {@code _hashlib.pbkdf2_hmac}. */
public final class Pbkdf2 {

    private final HashEngine inner;
    private final HashEngine outer;

    /** The keyed inner and outer states; {@code fresh} makes new engines of the hash, of {@code blockSize}. */
    public Pbkdf2(java.util.function.Supplier<HashEngine> fresh, int blockSize, byte[] key) {
        byte[] k = key;
        if (k.length > blockSize) {
            HashEngine h = fresh.get();
            h.update(k, 0, k.length);
            k = h.digest();
        }
        byte[] ipad = new byte[blockSize];
        byte[] opad = new byte[blockSize];
        for (int i = 0; i < blockSize; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        inner = fresh.get();
        inner.update(ipad, 0, blockSize);
        outer = fresh.get();
        outer.update(opad, 0, blockSize);
    }

    public byte[] hmac(byte[] message) {
        HashEngine in = inner.copy();
        in.update(message, 0, message.length);
        byte[] innerDigest = in.digest();
        HashEngine out = outer.copy();
        out.update(innerDigest, 0, innerDigest.length);
        return out.digest();
    }

    /** {@code length} bytes of PBKDF2 over {@code salt} with {@code iterations} rounds. */
    public byte[] derive(byte[] salt, long iterations, int length) {
        byte[] result = new byte[length];
        int at = 0;
        for (int block = 1; at < length; block++) {
            byte[] first = java.util.Arrays.copyOf(salt, salt.length + 4);
            first[salt.length] = (byte) (block >>> 24);
            first[salt.length + 1] = (byte) (block >>> 16);
            first[salt.length + 2] = (byte) (block >>> 8);
            first[salt.length + 3] = (byte) block;
            byte[] u = hmac(first);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = hmac(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            int n = Math.min(t.length, length - at);
            System.arraycopy(t, 0, result, at, n);
            at += n;
        }
        return result;
    }
}
