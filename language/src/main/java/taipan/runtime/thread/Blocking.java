package taipan.runtime.thread;

import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.threading.Gil;

/**
 * Blocking waits that stay interruptible: a thread parked in a lock, a join or a sleep still runs Truffle
 * safepoint actions (weakref callbacks, {@code interrupt_main}, cancellation), then resumes its wait with the
 * time left (DESIGN §6).
 */
public final class Blocking {

    /** What a timed wait does; returns whether it succeeded within {@code nanos}. */
    @FunctionalInterface
    public interface TimedWait {
        boolean await(long nanos) throws InterruptedException;
    }

    private Blocking() {
    }

    /**
     * Waits with {@code wait} for up to {@code timeoutSeconds} (negative: forever), interruptibly.
     *
     * @return whether the wait succeeded before the timeout
     */
    @TruffleBoundary
    public static boolean await(Node location, double timeoutSeconds, TimedWait wait) {
        boolean forever = timeoutSeconds < 0;
        long deadline = forever ? 0 : System.nanoTime() + (long) Math.min(timeoutSeconds * 1e9, Long.MAX_VALUE / 4);
        boolean[] result = new boolean[1];
        Gil gil = PythonContext.get(location).getThreads().getGil();
        int held = gil == null ? 0 : gil.releaseAll(); // with -X gil=1, others run while this thread waits
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(location, w -> {
                long left = forever ? Long.MAX_VALUE : Math.max(0, deadline - System.nanoTime());
                result[0] = w.await(left);
            }, wait);
        } finally {
            if (gil != null) {
                gil.restore(held);
            }
        }
        return result[0];
    }

    /** {@code time.sleep}: interruptible, resumed for the time left after each safepoint action. */
    @TruffleBoundary
    public static void sleep(Node location, double seconds) {
        await(location, seconds, nanos -> {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return true;
        });
    }
}
