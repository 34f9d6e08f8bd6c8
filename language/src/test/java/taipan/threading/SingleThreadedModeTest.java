package taipan.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.list.ListSearch;
import taipan.runtime.list.ListSlices;
import taipan.runtime.list.ListSort;
import taipan.runtime.list.ListStorage;
import taipan.runtime.list.TestOps;
import taipan.runtime.set.SetStorage;

/**
 * In single-threaded mode containers take no lock: with another (non-guest) thread holding their monitors, every
 * operation still completes. Once the mode flips, the same operations would wait for the monitor.
 */
class SingleThreadedModeTest {
    private static final TestOps OPS = TestOps.OPS;

    @Test
    void operationsNeverTouchTheMonitor() throws InterruptedException {
        ThreadingMode mode = new ThreadingMode();
        ListStorage list = new ListStorage();
        DictStorage dict = new DictStorage();
        SetStorage set = new SetStorage();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (list) {
                synchronized (dict) {
                    held.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        holder.start();
        held.await();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (long i = 0; i < 100; i++) {
                    list.append(mode, i);
                    list.insert(mode, 0, i);
                    dict.put(mode, OPS, i, i);
                    set.add(mode, OPS, i);
                }
                list.pop(mode);
                list.set(mode, 0, "x");
                list.extend(mode, new Object[]{1L});
                ListSlices.delete(mode, list, 0L, 1L, null);
                ListSort.sort(mode, list, OPS, null, false);
                ListSearch.remove(mode, list, 5L, OPS);
                list.reverse(mode);
                list.copy(mode);
                list.toArray(mode);
                dict.remove(mode, OPS, 3L, 3L);
                dict.setDefault(mode, OPS, 200L, 1L);
                dict.popItem(mode);
                dict.copy(mode);
                dict.snapshot(mode);
                DictIteratorState it = dict.iterator(DictIteratorState.Kind.KEYS);
                it.next(mode);
                dict.clear(mode);
                list.clear(mode);
            });
        } finally {
            release.countDown();
            holder.join();
        }
        assertEquals(0, list.length(mode));
        assertEquals(100, set.length(mode));
    }
}
