package taipan.runtime.hash;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * A hash object of {@code _md5}, {@code _sha1}, {@code _sha2}, {@code _sha3} or {@code _blake2}: its engine, its
 * {@code name} and sizes. Updates and reads lock the object, as CPython's hash objects do, so threads may share one.
 */
public final class PHash extends PythonObject {

    private final HashEngine engine;
    private final String name;
    private final int digestSize;
    private final int blockSize;

    public PHash(Shape shape, HashEngine engine, String name, int digestSize, int blockSize) {
        super(shape);
        this.engine = engine;
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
    }

    public String getName() {
        return name;
    }

    public int getDigestSize() {
        return digestSize;
    }

    public int getBlockSize() {
        return blockSize;
    }

    @TruffleBoundary
    public synchronized void update(byte[] data) {
        engine.update(data, 0, data.length);
    }

    @TruffleBoundary
    public synchronized byte[] digest() {
        return engine.digest();
    }

    /** A SHAKE digest of {@code length} bytes. */
    @TruffleBoundary
    public synchronized byte[] digest(int length) {
        return ((Keccak) engine).squeeze(length);
    }

    @TruffleBoundary
    public synchronized PHash copy(Shape shape) {
        return new PHash(shape, engine.copy(), name, digestSize, blockSize);
    }
}
