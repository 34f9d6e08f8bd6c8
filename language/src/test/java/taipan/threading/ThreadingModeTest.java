package taipan.threading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadingModeTest {
    @Test
    void startsSingleThreaded() {
        ThreadingMode mode = new ThreadingMode();
        assertTrue(mode.isSingleThreaded());
        assertFalse(mode.isMultiThreaded());
        assertTrue(mode.getSingleThreadedAssumption().isValid());
    }

    @Test
    void sameThreadEnteringAgainStaysSingleThreaded() {
        ThreadingMode mode = new ThreadingMode();
        mode.threadEntered(Thread.currentThread());
        mode.threadEntered(Thread.currentThread());
        assertTrue(mode.isSingleThreaded());
    }

    @Test
    void secondThreadFlipsForGood() throws InterruptedException {
        ThreadingMode mode = new ThreadingMode();
        mode.threadEntered(Thread.currentThread());
        Thread other = new Thread(() -> mode.threadEntered(Thread.currentThread()));
        other.start();
        other.join();
        assertTrue(mode.isMultiThreaded());
        assertFalse(mode.getSingleThreadedAssumption().isValid());
        mode.threadEntered(Thread.currentThread());
        assertTrue(mode.isMultiThreaded());
    }

    @Test
    void eightThreadsEnteringAtOnceFlipIt() {
        for (int round = 0; round < 5; round++) {
            ThreadingMode mode = new ThreadingMode();
            Hammer.run(id -> mode.threadEntered(Thread.currentThread()));
            assertTrue(mode.isMultiThreaded());
        }
    }

    @Test
    void enterMultiThreadedIsIdempotent() {
        ThreadingMode mode = new ThreadingMode();
        mode.enterMultiThreaded();
        mode.enterMultiThreaded();
        assertTrue(mode.isMultiThreaded());
    }
}
