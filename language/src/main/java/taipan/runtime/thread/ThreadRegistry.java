package taipan.runtime.thread;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The threads one context has started through {@code _thread}: how many run ({@code _count}), which are not
 * daemons ({@code _shutdown} waits for those), and which thread is the main one.
 */
public final class ThreadRegistry {
    private final long mainIdent;
    private final Thread mainThread;
    private final AtomicInteger running = new AtomicInteger();
    private final Set<PThreadHandle> nonDaemon = ConcurrentHashMap.newKeySet();
    private final Set<PThreadHandle> all = ConcurrentHashMap.newKeySet();
    private volatile long stackSize;
    private final AtexitCallbacks atexit = new AtexitCallbacks();
    private final SignalHandlers signals = new SignalHandlers();
    /** {@code sys.getswitchinterval()} in microseconds, as CPython keeps it (5 ms); the GIL changes hands this often. */
    private volatile long switchMicros = 5000;
    /** Below this the hand-over requests would only flood the safepoint machinery. */
    private static final long MIN_SWITCH_MICROS = 100;

    /** The GIL when {@code -X gil=1} asked for one; null when threads run guest code in parallel (the default). */
    private final taipan.threading.Gil gil;
    /** The daemon that asks the GIL's holder to yield every switch interval; started with the second thread. */
    private java.util.concurrent.ScheduledExecutorService switcher;

    public ThreadRegistry(Thread mainThread, boolean gilEnabled) {
        this.mainThread = mainThread;
        this.mainIdent = mainThread.threadId();
        this.gil = gilEnabled ? new taipan.threading.Gil() : null;
    }

    public taipan.threading.Gil getGil() {
        return gil;
    }

    /**
     * Starts (once) the periodic hand-over: every switch interval, if threads wait for the GIL, {@code askToYield}
     * submits a safepoint action that makes the holder yield.
     */
    public synchronized void startSwitcher(Runnable askToYield) {
        if (gil == null || switcher != null) {
            return;
        }
        switcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taipan-gil-switch");
            t.setDaemon(true);
            return t;
        });
        scheduleSwitch(askToYield);
    }

    /** One hand-over request after the current switch interval, then the next (so a new interval applies at once). */
    private void scheduleSwitch(Runnable askToYield) {
        switcher.schedule(() -> {
            if (gil.hasWaiters()) {
                askToYield.run();
            }
            scheduleSwitch(askToYield);
        }, Math.max(MIN_SWITCH_MICROS, switchMicros), java.util.concurrent.TimeUnit.MICROSECONDS);
    }

    /** Threads of finished Python threads, parked to run the next ones (starting a thread costs ~1 ms). */
    private final ThreadPool pool = new ThreadPool();

    public ThreadPool getPool() {
        return pool;
    }

    /** Every Truffle thread this context started: the context joins them as it closes (Truffle requires it). */
    private final Set<Thread> javaThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Waits for the threads that have finished their Python function but not yet left the context; a thread still
     * running Python code (a daemon) is given {@code millis} before the context's own cancellation takes over.
     */
    public void joinFinished(long millis) {
        for (Thread t : javaThreads) {
            if (t != Thread.currentThread() && t.isAlive()) {
                try {
                    t.join(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The context is closing: no more hand-overs, and no thread waits for the GIL any longer. */
    public synchronized void close() {
        pool.close();
        if (switcher != null) {
            switcher.shutdownNow();
        }
        if (gil != null) {
            gil.close();
        }
    }

    /** Idents of started Python threads: above every Java thread id, never reused within the context. */
    private final java.util.concurrent.atomic.AtomicLong nextIdent = new java.util.concurrent.atomic.AtomicLong(1L << 32);

    /** A fresh {@code _thread.get_ident()} for a Python thread about to start. */
    public long nextIdent() {
        return nextIdent.incrementAndGet();
    }

    public long getMainIdent() {
        return mainIdent;
    }

    public Thread getMainThread() {
        return mainThread;
    }

    public void started(PThreadHandle handle, boolean daemon) {
        if (javaThreads.add(handle.getThread())) {
            // a new thread (not one from the pool): forget the ones that have ended, or the set only grows
            javaThreads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
        }
        running.incrementAndGet();
        all.add(handle);
        if (!daemon) {
            nonDaemon.add(handle);
        }
    }

    public void finished(PThreadHandle handle) {
        nonDaemon.remove(handle);
        all.remove(handle);
        running.decrementAndGet();
    }

    public int count() {
        return running.get();
    }

    /** Daemon threads still running when the context closes (they must be stopped). */
    public Set<PThreadHandle> liveHandles() {
        return all;
    }

    /** {@code _thread._shutdown()}: waits for every non-daemon thread other than the caller. */
    @TruffleBoundary
    public void joinNonDaemon(Node location) {
        for (PThreadHandle handle : nonDaemon.toArray(new PThreadHandle[0])) {
            if (handle.getThread() != Thread.currentThread()) {
                handle.join(location, -1);
            }
        }
    }

    /** CPython's {@code 1e-6 * microseconds}: {@code setswitchinterval(0.1)} reads back as 0.09999999999999999. */
    public double getSwitchInterval() {
        return 1e-6 * switchMicros;
    }

    /** CPython's {@code (unsigned long)(1e6 * interval)}, at least one microsecond. */
    public void setSwitchInterval(double seconds) {
        switchMicros = Math.max(1, (long) (1e6 * seconds));
    }

    public long getStackSize() {
        return stackSize;
    }

    public void setStackSize(long size) {
        stackSize = size;
    }

    /** The {@code atexit} callbacks, run after the non-daemon threads have been waited for. */
    public AtexitCallbacks getAtexit() {
        return atexit;
    }

    /** The handlers {@code signal.signal} installed. */
    public SignalHandlers getSignals() {
        return signals;
    }
}
