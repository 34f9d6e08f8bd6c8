package taipan.threading;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** Runs a body on N Java threads released together; collects everything they throw and fails with it. */
public final class Hammer {
    /** The body of one thread; {@code id} in {@code [0, threads)}. */
    @FunctionalInterface
    public interface Body {
        void run(int id) throws Exception;
    }

    public static final int THREADS = 8;

    private Hammer() {
    }

    /** A mode already switched to multi-threaded, as it is once a second guest thread ran. */
    public static ThreadingMode multiThreaded() {
        ThreadingMode mode = new ThreadingMode();
        mode.enterMultiThreaded();
        return mode;
    }

    /** Runs {@code body} on {@link #THREADS} threads at once; fails if any throws or they do not end in 60 s. */
    public static void run(Body body) {
        run(THREADS, body);
    }

    public static void run(int threads, Body body) {
        CyclicBarrier start = new CyclicBarrier(threads);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    body.run(id);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "hammer-" + t);
            thread.start();
            all.add(thread);
        }
        for (Thread thread : all) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertTrue(!thread.isAlive(), "thread " + thread.getName() + " finished");
        }
        if (!errors.isEmpty()) {
            Throwable first = errors.peek();
            AssertionError e = new AssertionError(errors.size() + " thread(s) threw; first: " + first, first);
            fail(e);
        }
    }
}
