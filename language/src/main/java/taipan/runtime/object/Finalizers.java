package taipan.runtime.object;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * One context's objects whose class defines {@code __del__} and that the JVM found unreachable: the collector's
 * finalizer thread queues them here, and a guest thread calls their {@code __del__} at its next safepoint (DESIGN §6),
 * never inside the operation that dropped them and never on a thread that cannot run Python.
 */
public final class Finalizers {
    private final ConcurrentLinkedQueue<PythonObject> pending = new ConcurrentLinkedQueue<>();
    /** Has a guest thread run {@link #drainQueue}; installed with the first finalizable object. */
    private volatile taipan.runtime.thread.DeferredWork work;
    /** Calls one object's {@code __del__} (reporting an exception as unraisable). */
    private volatile Consumer<PythonObject> runner;
    private volatile boolean used;

    /**
     * Installs how a guest thread is asked to {@link #runPending} at a safepoint and how {@code __del__} is called
     * (the first install wins).
     */
    public synchronized void install(Runnable submitSafepointAction, Consumer<PythonObject> callDel) {
        if (runner == null) {
            this.runner = callDel;
            this.work = new taipan.runtime.thread.DeferredWork(submitSafepointAction, this::drainQueue);
        }
        used = true;
    }

    /** Whether any finalizable object was ever made (else a collection at exit is not worth its time). */
    public boolean isUsed() {
        return used;
    }

    /** Called on the JVM's finalizer thread for an unreachable object. */
    void enqueue(PythonObject object) {
        pending.add(object);
        taipan.runtime.thread.DeferredWork w = work;
        if (w != null) {
            w.request();
        }
    }

    /** Calls {@code __del__} of every queued object on the calling guest thread (not when it already does). */
    @TruffleBoundary
    public void runPending() {
        taipan.runtime.thread.DeferredWork w = work;
        if (w != null) {
            w.drain();
        }
    }

    private void drainQueue() {
        Consumer<PythonObject> r = runner;
        PythonObject object;
        while (r != null && (object = pending.poll()) != null) {
            r.accept(object);
        }
    }

    /**
     * {@code gc.collect()}: a full collection, then the JVM's finalization of what it found, then {@code __del__} of
     * the objects that queued here.
     */
    @TruffleBoundary
    public void collect() {
        if (!used) {
            System.gc();
            return;
        }
        java.util.concurrent.CountDownLatch sentinelFinalized = new java.util.concurrent.CountDownLatch(1);
        dropSentinel(sentinelFinalized);
        System.gc();
        awaitFinalization(sentinelFinalized);
        runPending();
    }

    /** An unreachable object whose finalization shows that the collection's finalizable objects were handed over. */
    private static void dropSentinel(java.util.concurrent.CountDownLatch finalized) {
        new Object() {
            @Override
            @SuppressWarnings({"deprecation", "removal"})
            protected void finalize() {
                finalized.countDown();
            }
        }.hashCode();
    }

    /**
     * Runs the finalization queue until the sentinel's turn has come (bounded by 2 s), so
     * that every object the same collection found has reached {@link #enqueue}.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void awaitFinalization(java.util.concurrent.CountDownLatch sentinelFinalized) {
        try {
            // usually at once; a loaded machine may take its time to schedule the JVM's finalizer thread
            for (int round = 0; round < 100 && sentinelFinalized.getCount() > 0; round++) {
                System.runFinalization();
                sentinelFinalized.await(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            System.runFinalization();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
