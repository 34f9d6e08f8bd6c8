package taipan.runtime.weakref;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * One context's weak references: every live {@link PWeakRef} by referent (for {@code getweakrefcount},
 * {@code getweakrefs} and the shared callback-less {@code ref}), and the reference queue whose dead referents'
 * callbacks run later on a guest thread ({@link #runCallbacks}), never inside the operation that dropped them.
 */
public final class WeakRefs {

    /** A referent as a map key: by identity, weakly, so the map keeps nothing alive. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object mine = get();
            return other instanceof Key k && mine != null && mine == k.get();
        }
    }

    private final ReferenceQueue<Object> callbackQueue = new ReferenceQueue<>();
    private final ReferenceQueue<Object> staleKeys = new ReferenceQueue<>();
    /** The weak references to each referent, themselves held weakly (a dead ref's callback never runs). */
    private final Map<Key, List<WeakReference<PWeakRef>>> byReferent = new HashMap<>();
    /** Dead referents' refs taken off the queue by the watcher, waiting for a guest thread to run them. */
    private final ConcurrentLinkedQueue<PWeakRef> pending = new ConcurrentLinkedQueue<>();
    private Thread watcher;
    /** Coalesces the watcher's requests and keeps callback runs from nesting. */
    private volatile taipan.runtime.thread.DeferredWork work;

    public ReferenceQueue<Object> getCallbackQueue() {
        return callbackQueue;
    }

    /** Records a new weak reference to {@code referent}. */
    @TruffleBoundary
    public synchronized void register(Object referent, PWeakRef ref) {
        expungeStaleKeys();
        byReferent.computeIfAbsent(new Key(referent, staleKeys), k -> new ArrayList<>(1)).add(new WeakReference<>(ref));
    }

    /** The live weak references to {@code referent}, oldest first. */
    @TruffleBoundary
    public synchronized List<PWeakRef> refsTo(Object referent) {
        List<PWeakRef> result = new ArrayList<>();
        List<WeakReference<PWeakRef>> refs = byReferent.get(new Key(referent, null));
        if (refs != null) {
            refs.removeIf(r -> r.get() == null);
            for (WeakReference<PWeakRef> r : refs) {
                result.add(r.get());
            }
        }
        return result;
    }

    private void expungeStaleKeys() {
        Reference<?> stale;
        while ((stale = staleKeys.poll()) != null) {
            byReferent.remove(stale);
        }
    }

    /**
     * Starts (once) the daemon that waits on the reference queue and has a guest thread run the callbacks at its
     * next safepoint: {@code submit} submits the safepoint action (which calls {@link #drainDeferred}), {@code body}
     * runs the callbacks.
     */
    @TruffleBoundary
    public synchronized void startWatcher(Runnable submit, Runnable body) {
        if (watcher != null) {
            return;
        }
        taipan.runtime.thread.DeferredWork deferred = new taipan.runtime.thread.DeferredWork(submit, body);
        work = deferred;
        watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Reference<?> dead = callbackQueue.remove();
                    pending.add(((PWeakRef.Referent) dead).owner);
                    deferred.request();
                }
            } catch (InterruptedException e) {
                // the context is closing
            }
        }, "taipan-weakref-callbacks");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Runs the pending callbacks on this guest thread, unless a run is in progress (maybe further out on it). */
    public void drainDeferred() {
        taipan.runtime.thread.DeferredWork w = work;
        if (w != null) {
            w.drain();
        }
    }

    /** Stops the watcher (the context is closing). */
    public synchronized void stop() {
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /**
     * Runs the callbacks of refs whose referents died, with {@code runner} (which calls into Python and reports an
     * exception as CPython's "Exception ignored in" does). Waits up to {@code waitMillis} for the collector to
     * enqueue more (after {@code gc.collect()}).
     */
    @TruffleBoundary
    public void runCallbacks(Consumer<PWeakRef> runner, long waitMillis) {
        try {
            long deadline = System.currentTimeMillis() + waitMillis;
            while (waitMillis > 0 && System.currentTimeMillis() < deadline) {
                Reference<?> dead = callbackQueue.remove(Math.max(1, deadline - System.currentTimeMillis()));
                if (dead != null) {
                    pending.add(((PWeakRef.Referent) dead).owner);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Reference<?> dead;
        while ((dead = callbackQueue.poll()) != null) {
            pending.add(((PWeakRef.Referent) dead).owner);
        }
        PWeakRef ref;
        while ((ref = pending.poll()) != null) {
            if (ref.hasCallback()) {
                runner.accept(ref);
            }
        }
    }

    /** Takes the callback of a dead ref for running (null if another thread took it). */
    public static Object takeCallback(PWeakRef ref) {
        return ref.takeCallback();
    }
}
