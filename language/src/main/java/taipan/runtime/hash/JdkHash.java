package taipan.runtime.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, SHA-1 and SHA-2 on the JDK's {@link MessageDigest} (whose implementations are all cloneable). */
public final class JdkHash implements HashEngine {

    private final MessageDigest digest;

    private JdkHash(MessageDigest digest) {
        this.digest = digest;
    }

    /** A digest by its JDK algorithm name ({@code "SHA-256"}). */
    public static JdkHash of(String algorithm) {
        try {
            return new JdkHash(MessageDigest.getInstance(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
    }

    @Override
    public byte[] digest() {
        return cloneDigest().digest();
    }

    @Override
    public HashEngine copy() {
        return new JdkHash(cloneDigest());
    }

    private MessageDigest cloneDigest() {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(digest.getAlgorithm() + " cannot be copied", e);
        }
    }
}
