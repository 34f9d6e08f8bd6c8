package taipan.threading;

import java.util.concurrent.atomic.AtomicReference;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;

/**
 * The threading-mode switch: a "single-threaded" {@link Assumption}, valid until a second thread first runs guest
 * code. While it holds, containers and objects take no locks; compiled code that asks {@link #isSingleThreaded()}
 * folds the check away and is deoptimised when the assumption is invalidated.
 *
 * <p>
 * One instance per language instance (the context policy is SHARED; code compiled for one language instance may
 * embed it as a constant). Nodes reach it as a final field of the language and either call
 * {@link #isSingleThreaded()} on the fast path or list {@link #getSingleThreadedAssumption()} in a specialisation's
 * {@code assumptions}. The language calls {@link #threadEntered(Thread)} from {@code initializeThread} (or whenever
 * a thread first runs guest code): the first different thread flips the mode for good.
 */
public final class ThreadingMode {
    private final Assumption singleThreaded = Truffle.getRuntime().createAssumption("single-threaded");
    /** The first thread that ran guest code; CAS so that two threads entering at once both see the second one. */
    private final AtomicReference<Thread> firstThread = new AtomicReference<>();

    /** True while no second thread has run guest code: no locking needed. A constant in compiled code. */
    public boolean isSingleThreaded() {
        return singleThreaded.isValid();
    }

    /** True once a second thread has run guest code: per-object locking is live. */
    public boolean isMultiThreaded() {
        return !singleThreaded.isValid();
    }

    /** The assumption itself, for {@code @Specialization(assumptions = ...)} and {@code @Cached} assumptions. */
    public Assumption getSingleThreadedAssumption() {
        return singleThreaded;
    }

    /** Records that {@code thread} is about to run guest code; the first thread other than the first one flips. */
    public void threadEntered(Thread thread) {
        Thread first = firstThread.get();
        if (first == null && firstThread.compareAndSet(null, thread)) {
            return;
        }
        if (firstThread.get() != thread) {
            enterMultiThreaded();
        }
    }

    /** Switches to multi-threaded mode for good (idempotent); deoptimises code compiled under the assumption. */
    public void enterMultiThreaded() {
        if (singleThreaded.isValid()) {
            singleThreaded.invalidate("a second thread runs guest code");
        }
    }
}
