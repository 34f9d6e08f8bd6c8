package taipan.tests.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The GIL switch (DESIGN §6) observed from Python: with {@code -X gil=1} no two threads are ever between the same
 * two safepoints at once, so an unlocked critical section without calls or loops never overlaps and loses nothing;
 * without it the same code overlaps. The holder hands over at a safepoint (a spinning thread lets others in) and
 * releases the lock while blocked.
 */
class GilSwitchTest {

    /**
     * Four threads enter and leave an unlocked "critical section" of straight-line code (no call, no loop: no
     * safepoint inside); overlaps are counted and a plain counter is incremented without a lock.
     */
    private static final String OVERLAP = """
                    import _thread, sys
                    N_THREADS, N = 4, 200_000
                    running = overlaps = counter = 0
                    def work():
                        global running, overlaps, counter
                        for _ in range(N):
                            running += 1
                            if running > 1:
                                overlaps += 1
                            counter += 1
                            running -= 1
                    hs = [_thread.start_joinable_thread(work) for _ in range(N_THREADS)]
                    for h in hs:
                        h.join()
                    print(sys._is_gil_enabled(), overlaps, N_THREADS * N - counter)
                    """;

    private static Engine engine;

    @BeforeAll
    static void start() {
        engine = GuestRun.newEngine();
    }

    @AfterAll
    static void finish() {
        engine.close();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void withTheGilThreadsNeverOverlapAndNoIncrementIsLost() {
        for (int repeat = 0; repeat < 3; repeat++) {
            assertEquals("True 0 0\n", GuestRun.run(engine, true, OVERLAP));
        }
    }

    /** The same program can fail: without the GIL, threads do run the section at the same time. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void withoutTheGilThreadsOverlap() {
        // whether two threads meet in the section depends on the scheduler (two busy cores in CI): a few tries
        String overlaps = "0";
        for (int attempt = 0; attempt < 5 && overlaps.equals("0"); attempt++) {
            String[] result = GuestRun.run(engine, false, OVERLAP).strip().split(" ");
            assertEquals("False", result[0]);
            overlaps = result[1];
        }
        assertNotEquals("0", overlaps, "no overlap seen without the GIL in five runs");
    }

    /** Two threads spin until the main thread, which must get the GIL from them, sets a flag. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theHolderHandsOverAtASafepoint() {
        String program = """
                        import _thread, sys
                        flag, ticks = [], [0, 0]
                        def spin(k):
                            while not flag:
                                ticks[k] += 1
                        hs = [_thread.start_joinable_thread(lambda k=k: spin(k)) for k in range(2)]
                        n = 0
                        while n < 500_000:
                            n += 1
                        flag.append(1)
                        for h in hs:
                            h.join()
                        print(sys._is_gil_enabled(), ticks[0] > 0 and ticks[1] > 0)
                        """;
        assertEquals("True True\n", GuestRun.run(engine, true, program));
    }

    /** A thread blocked on a lock, in a join or asleep lets the others run (it would deadlock otherwise). */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void blockingWaitsReleaseTheGil() {
        String program = """
                        import _thread, sys, time
                        lock = _thread.allocate_lock()
                        lock.acquire()
                        got = []
                        def waiter():
                            got.append(lock.acquire(timeout=60))
                            time.sleep(0.01)
                            got.append(sys._is_gil_enabled())
                        h = _thread.start_joinable_thread(waiter)
                        n = 0
                        while n < 100_000:
                            n += 1
                        lock.release()
                        h.join()
                        print(got)
                        """;
        assertEquals("[True, True]\n", GuestRun.run(engine, true, program));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void isGilEnabledTellsTheTruthInEveryThread() {
        String program = """
                        import _thread, sys
                        seen = []
                        hs = [_thread.start_joinable_thread(lambda: seen.append(sys._is_gil_enabled())) for _ in range(3)]
                        for h in hs:
                            h.join()
                        print(sys._is_gil_enabled(), seen)
                        """;
        assertEquals("True [True, True, True]\n", GuestRun.run(engine, true, program));
        assertEquals("False [False, False, False]\n", GuestRun.run(engine, false, program));
    }
}
