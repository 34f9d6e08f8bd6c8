package taipan.runtime.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;

import taipan.threading.Hammer;
import taipan.threading.ThreadingMode;

/** 8 Java threads hammering one list in multi-threaded mode; asserts results, never timings. */
class ListStressTest {
    private static final int THREADS = Hammer.THREADS;
    private static final int PER_THREAD = 20_000;

    private final ThreadingMode mode = Hammer.multiThreaded();

    /** Only IndexError/ValueError (documented races) may reach a reader; anything else fails. */
    private static void allowOnly(ContainerError e, String... types) {
        for (String t : types) {
            if (t.equals(e.pythonType())) {
                return;
            }
        }
        fail("unexpected " + e);
    }

    @RepeatedTest(3)
    void appendKeepsEveryItem() {
        ListStorage l = new ListStorage();
        Hammer.run(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                // Thread 3 appends strings: the strategy generalises long[] → Object[] under contention.
                l.append(mode, id == 3 && i % 100 == 0 ? (Object) ("s" + i) : (Object) (long) (id * PER_THREAD + i));
            }
        });
        assertEquals(THREADS * PER_THREAD, l.length(mode));
        Set<Object> seen = new HashSet<>();
        for (Object o : l.toArray(mode)) {
            assertTrue(seen.add(o), "appended once: " + o);
        }
    }

    @RepeatedTest(3)
    void popUntilEmptySeesEveryItemOnce() {
        int n = THREADS * PER_THREAD;
        ListStorage l = new ListStorage();
        for (long i = 0; i < n; i++) {
            l.append(mode, i);
        }
        ConcurrentHashMap<Object, Integer> popped = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            while (true) {
                try {
                    Object v = id % 2 == 0 ? l.pop(mode) : l.pop(mode, 0);
                    assertEquals(null, popped.put(v, id), "popped twice: " + v);
                } catch (ContainerError e) {
                    assertTrue(e.getMessage().startsWith("pop"), e.toString());
                    if (l.length(mode) == 0) {
                        return;
                    }
                }
            }
        });
        assertEquals(n, popped.size());
        assertEquals(0, l.length(mode));
    }

    @RepeatedTest(3)
    void extendIsAtomic() {
        int block = 50;
        ListStorage l = new ListStorage();
        Hammer.run(id -> {
            for (int round = 0; round < 200; round++) {
                Object[] items = new Object[block];
                for (int k = 0; k < block; k++) {
                    items[k] = id * 1_000_000L + round * 1000L + k;
                }
                l.extend(mode, items);
            }
        });
        Object[] all = l.toArray(mode);
        assertEquals(THREADS * 200 * block, all.length);
        for (int start = 0; start < all.length; start += block) {
            long first = (Long) all[start];
            assertEquals(0, first % 1000, "a block starts at a block boundary");
            for (int k = 1; k < block; k++) {
                assertEquals(first + k, all[start + k], "extend's items stay together");
            }
        }
    }

    @RepeatedTest(3)
    void setAndDeleteWhileReading() {
        ListStorage l = new ListStorage();
        for (long i = 0; i < 2000; i++) {
            l.append(mode, i);
        }
        Hammer.run(id -> {
            for (int i = 0; i < 20_000; i++) {
                int index = (i * 7919 + id * 31) % 2500;
                try {
                    switch (id % 4) {
                        case 0 -> l.set(mode, index, id % 8 == 0 ? (Object) (long) index : (Object) (double) index);
                        case 1 -> {
                            l.pop(mode, index);
                            l.append(mode, (long) index);
                        }
                        default -> {
                            Object v = l.get(mode, index);
                            assertTrue(v instanceof Long || v instanceof Double, "a stored value: " + v);
                        }
                    }
                } catch (ContainerError e) {
                    allowOnly(e, "IndexError");
                }
            }
        });
        assertEquals(2000, l.length(mode), "each pop was followed by an append");
    }

    @RepeatedTest(3)
    void insertAndRemoveOwnItems() {
        ListStorage l = new ListStorage();
        for (long i = 0; i < 100; i++) {
            l.append(mode, -1L - i);
        }
        Hammer.run(id -> {
            for (int i = 0; i < 2000; i++) {
                Long mine = id * 100_000L + i;
                l.insert(mode, i % 3 == 0 ? 0 : i % 3 == 1 ? -1 : 50, mine);
                ListSearch.remove(mode, l, mine, TestOps.OPS);
            }
        });
        Object[] rest = l.toArray(mode);
        assertEquals(100, rest.length);
        for (Object o : rest) {
            assertTrue((Long) o < 0, "only the prefill is left: " + o);
        }
    }

    @RepeatedTest(3)
    void readersNeverSeeJavaExceptionsWhileWritersChurn() {
        ListStorage l = new ListStorage();
        AtomicBoolean writersDone = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        Hammer.run(id -> {
            if (id < 4) {
                for (int i = 0; i < 5000; i++) {
                    switch (i % 6) {
                        case 0 -> l.extend(mode, new Object[]{(long) i, (long) i + 1, (long) i + 2});
                        case 1 -> l.insert(mode, i, (long) i);
                        case 2 -> ListSlices.delete(mode, l, 0L, 2L, null);
                        case 3 -> l.append(mode, id == 0 ? (Object) (double) i : (Object) (long) i);
                        case 4 -> ListSlices.set(mode, l, 1L, 3L, null, new Object[]{7L});
                        default -> {
                            if (i % 600 == 5) {
                                l.clear(mode);
                            } else {
                                ListSort.sort(mode, l, TestOps.OPS, null, false); // others' mutations wait for it
                            }
                        }
                    }
                }
                writersDone.set(true);
                return;
            }
            while (!writersDone.get() || reads.get() < 1000) {
                try {
                    ListIteratorState it = l.iterator();
                    for (Object v = it.next(mode); v != null; v = it.next(mode)) {
                        assertTrue(v instanceof Long || v instanceof Double, "a stored value: " + v);
                    }
                    ListSearch.contains(mode, l, 3L, TestOps.OPS);
                    ListSlices.get(mode, l, 1L, null, 2L);
                    l.get(mode, reads.incrementAndGet() % 50);
                } catch (ContainerError e) {
                    allowOnly(e, "IndexError", "ValueError");
                }
            }
        });
    }

    @RepeatedTest(3)
    void sharedIteratorYieldsEachItemOnce() {
        int n = 100_000;
        ListStorage l = new ListStorage();
        for (long i = 0; i < n; i++) {
            l.append(mode, i);
        }
        ListIteratorState it = l.iterator();
        ConcurrentHashMap<Object, Integer> seen = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            for (Object v = it.next(mode); v != null; v = it.next(mode)) {
                assertEquals(null, seen.put(v, id), "yielded twice: " + v);
            }
        });
        assertEquals(n, seen.size());
    }
}
