package taipan.runtime.hash;

/** One running message digest behind a Python hash object: fed bytes, copied, and read without being finished. */
public interface HashEngine {

    void update(byte[] data, int offset, int length);

    /** The digest of everything fed so far; the engine can go on being fed afterwards. */
    byte[] digest();

    /** An independent engine in the same state ({@code hash.copy()}). */
    HashEngine copy();
}
