package taipan.runtime.random;

import java.math.BigInteger;
import java.security.SecureRandom;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * A {@code _random.Random}: a {@link MersenneTwister} that Python code may subclass ({@code random.Random} does).
 * Every method locks the object, as CPython's critical sections do, so threads sharing one never tear its state.
 */
public final class PRandom extends PythonObject {

    private final MersenneTwister twister = new MersenneTwister();

    public PRandom(Shape shape) {
        super(shape);
    }

    public synchronized double random() {
        return twister.nextDouble();
    }

    /** {@code getrandbits(k)} for {@code 0 < k <= 63}. */
    public synchronized long bits(int k) {
        return twister.nextBits(k);
    }

    @TruffleBoundary
    public synchronized BigInteger bigBits(int k) {
        return twister.nextBigBits(k);
    }

    /** Seeds from a non-negative int. */
    @TruffleBoundary
    public synchronized void seed(BigInteger n) {
        twister.seed(n);
    }

    /** {@code seed(None)}: 624 words from the system's entropy source, as CPython reads urandom. */
    @TruffleBoundary
    public void seedFromEntropy() {
        SecureRandom source = new SecureRandom();
        int[] key = new int[MersenneTwister.N];
        for (int i = 0; i < key.length; i++) {
            key[i] = source.nextInt();
        }
        synchronized (this) {
            twister.initByArray(key);
        }
    }

    @TruffleBoundary
    public synchronized long[] getState() {
        return twister.getState();
    }

    @TruffleBoundary
    public synchronized void setState(long[] words, int index) {
        twister.setState(words, index);
    }
}
