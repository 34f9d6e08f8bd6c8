package taipan.runtime.thread;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work that a JVM thread finds (dead weak references, unreachable objects with {@code __del__}) and that must run as
 * Python on a guest thread at a safepoint (DESIGN §6): however many items arrive, one safepoint request is in
 * flight at a time, one thread drains at a time, and a drain never nests inside itself (the Python it runs
 * reaches safepoints too). An item that arrives while a drain runs is picked up by that drain.
 */
public final class DeferredWork {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Submits a safepoint action to the guest threads that calls {@link #drain}. */
    private final Runnable submit;
    /** Runs every item queued so far. */
    private final Runnable body;

    public DeferredWork(Runnable submit, Runnable body) {
        this.submit = submit;
        this.body = body;
    }

    /** An item was queued: have a guest thread drain at its next safepoint, unless one is asked already. */
    public void request() {
        if (requested.compareAndSet(false, true)) {
            submit.run();
        }
    }

    /** Runs the queued items, unless another drain (maybe this thread's own, further out) is running. */
    public void drain() {
        while (draining.compareAndSet(false, true)) {
            try {
                requested.set(false);
                body.run();
            } finally {
                draining.set(false);
            }
            if (!requested.get()) {
                return; // nothing arrived during the drain (what arrives later brings its own request)
            }
        }
    }
}
