package taipan.runtime.thread;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Truffle threads of finished Python threads, kept for a while to run the next ones: making a Truffle thread
 * (a Java thread, then entering the context on it) costs about a millisecond, handing a function to a parked one a
 * few microseconds, the price CPython's {@code start(); join()} pays. A thread waits here only between two Python
 * threads: its per-thread state is reset before it parks ({@code PythonThreadState}), the GIL is not held, and the
 * wait runs safepoint actions (cancellation, the context closing), so a parked thread is invisible to Python
 * ({@code _count}, {@code threading.enumerate}) and never delays the context's close.
 */
public final class ThreadPool {
    /** How long a thread waits for its next Python thread before it ends. */
    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** More parked threads than this are not worth their stacks. */
    private static final int MAX_IDLE = 64;

    /** Parked workers, the most recently parked first (its stack and caches are the warmest). */
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /**
     * Takes a parked worker made with {@code stackSize}, reserved for the caller, who must {@link Worker#run give}
     * it its task; null if there is none (the caller then makes a new thread running {@link Worker#loop}).
     */
    @TruffleBoundary
    public Worker take(long stackSize) {
        for (Worker w : idle) {
            if (w.stackSize == stackSize && idle.remove(w) && w.reserve()) {
                return w;
            }
        }
        return null;
    }

    /** A worker for a new thread made with {@code stackSize}; its thread's body is {@code worker.loop(first)}. */
    public Worker newWorker(long stackSize, Node location) {
        return new Worker(this, stackSize, location);
    }

    /** The context is closing: parked workers end, and finished ones end instead of parking. */
    public void close() {
        closed = true;
        for (Worker w : idle) {
            w.wake();
        }
    }

    /** One reusable thread: runs a Python thread's body, parks, runs the next one handed to it, or ends. */
    public static final class Worker {
        private static final int RUNNING = 0;
        private static final int IDLE = 1;
        private static final int RESERVED = 2;
        private static final int RETIRED = 3;

        private final ThreadPool pool;
        private final long stackSize;
        /** Where safepoint actions run while parked (the node that started the thread; used for reporting only). */
        private final Node location;
        private Thread thread;
        /** Guarded by this worker's monitor. */
        private int state = RUNNING;
        private Runnable next;

        private Worker(ThreadPool pool, long stackSize, Node location) {
            this.pool = pool;
            this.stackSize = stackSize;
            this.location = location;
        }

        public Thread getThread() {
            return thread;
        }

        public void setThread(Thread thread) {
            this.thread = thread;
        }

        /** The thread's body: {@code first}, then whatever is handed over while it is parked. */
        public void loop(Runnable first) {
            Runnable task = first;
            try {
                while (task != null) {
                    task.run();
                    task = awaitNext();
                }
            } finally {
                retire();
            }
        }

        /**
         * Called by the finishing Python thread before it tells its joiners it is done, so that a joiner starting
         * the next thread at once finds this one parked.
         */
        @TruffleBoundary
        public void becomeIdle() {
            synchronized (this) {
                if (pool.closed || pool.idle.size() >= MAX_IDLE) {
                    return;
                }
                state = IDLE;
            }
            pool.idle.push(this);
        }

        /** Hands {@code task} to this reserved worker. */
        @TruffleBoundary
        public synchronized void run(Runnable task) {
            next = task;
            notifyAll();
        }

        private synchronized boolean reserve() {
            if (state != IDLE) {
                return false;
            }
            state = RESERVED;
            return true;
        }

        private synchronized void wake() {
            notifyAll();
        }

        private void retire() {
            synchronized (this) {
                state = RETIRED;
            }
            pool.idle.remove(this);
        }

        /** Parks until a task is handed over (returns it) or the keep-alive runs out or the pool closes (null). */
        @TruffleBoundary
        private Runnable awaitNext() {
            long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
            Runnable[] result = new Runnable[1];
            TruffleSafepoint.setBlockedThreadInterruptible(location, w -> result[0] = w.waitForTask(deadline), this);
            return result[0];
        }

        private synchronized Runnable waitForTask(long deadline) throws InterruptedException {
            while (next == null) {
                long left = deadline - System.nanoTime();
                if (state == RUNNING || (state == IDLE && (left <= 0 || pool.closed))) {
                    state = RETIRED; // never parked (pool full or closing), timed out, or closing
                    return null;
                }
                if (state == IDLE) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else {
                    wait(); // reserved: the task follows at once
                }
            }
            Runnable task = next;
            next = null;
            state = RUNNING;
            return task;
        }
    }
}
