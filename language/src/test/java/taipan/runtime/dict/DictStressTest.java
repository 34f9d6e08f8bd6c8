package taipan.runtime.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.RepeatedTest;

import taipan.runtime.list.ContainerError;
import taipan.runtime.list.TestOps;
import taipan.runtime.list.TestOps.Key;
import taipan.threading.Hammer;
import taipan.threading.ThreadingMode;

/** 8 Java threads hammering one dict in multi-threaded mode; asserts results, never timings. */
class DictStressTest {
    private static final int THREADS = Hammer.THREADS;
    private static final int PER_THREAD = 10_000;
    private static final TestOps OPS = TestOps.OPS;

    private final ThreadingMode mode = Hammer.multiThreaded();

    @RepeatedTest(3)
    void disjointKeysAreNeverLost() {
        DictStorage d = new DictStorage();
        Hammer.run(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                long k = id * (long) PER_THREAD + i;
                d.put(mode, OPS, k, k * 2);
            }
        });
        assertEquals(THREADS * PER_THREAD, d.length(mode));
        for (long k = 0; k < THREADS * PER_THREAD; k++) {
            assertEquals(k * 2, d.get(mode, OPS, k), "key " + k);
        }
    }

    @RepeatedTest(3)
    void overlappingKeysKeepOneEntryEach() {
        DictStorage d = new DictStorage();
        Hammer.run(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                long k = (i * 7L + id) % PER_THREAD;
                if (i % 2 == 0) {
                    d.put(mode, OPS, k, (long) id);
                } else {
                    d.setDefault(mode, OPS, k, (long) id);
                }
            }
        });
        assertEquals(PER_THREAD, d.length(mode));
        Object[][] snap = d.snapshot(mode);
        ConcurrentHashMap<Object, Boolean> unique = new ConcurrentHashMap<>();
        for (int i = 0; i < snap[0].length; i++) {
            assertEquals(null, unique.put(snap[0][i], true), "one entry per key");
            assertTrue((Long) snap[1][i] >= 0 && (Long) snap[1][i] < THREADS);
        }
    }

    @RepeatedTest(3)
    void setDefaultIsAtomic() {
        DictStorage d = new DictStorage();
        ConcurrentHashMap<Long, Object> winners = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            for (long k = 0; k < 2000; k++) {
                Object got = d.setDefault(mode, OPS, k, "t" + id);
                Object before = winners.putIfAbsent(k, got);
                assertTrue(before == null || before.equals(got), "every thread sees the same winner for " + k);
            }
        });
        assertEquals(2000, d.length(mode));
    }

    @RepeatedTest(3)
    void popItemUntilEmptySeesEveryItemOnce() {
        DictStorage d = new DictStorage();
        int n = THREADS * PER_THREAD;
        for (long k = 0; k < n; k++) {
            d.put(mode, OPS, k, k);
        }
        ConcurrentHashMap<Object, Integer> seen = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            while (true) {
                try {
                    Object[] kv = id % 2 == 0 ? d.popItem(mode) : new Object[]{null, null};
                    if (kv[0] == null) {
                        long k = (long) (Math.random() * n);
                        Object v = d.remove(mode, OPS, k, k);
                        if (v != null) {
                            assertEquals(null, seen.put(k, id), "removed twice: " + k);
                        } else if (d.length(mode) == 0) {
                            return;
                        }
                        continue;
                    }
                    assertEquals(kv[0], kv[1]);
                    assertEquals(null, seen.put(kv[0], id), "popped twice: " + kv[0]);
                } catch (ContainerError e) {
                    assertEquals("popitem(): dictionary is empty", e.getMessage());
                    return;
                }
            }
        });
        assertEquals(n, seen.size());
        assertEquals(0, d.length(mode));
    }

    @RepeatedTest(3)
    void collidingGenericKeysUnderContention() {
        DictStorage d = new DictStorage();
        Hammer.run(id -> {
            for (int i = 0; i < 1500; i++) {
                Key k = new Key(id * 10_000 + i, i % 16); // 16 hash values: long probe chains, __eq__ callbacks
                d.put(mode, OPS, k, (long) i);
                if (i % 3 == 0) {
                    assertEquals((long) i, d.pop(mode, OPS, new Key(k.id, k.hash), null));
                }
            }
        });
        assertEquals(THREADS * 1000, d.length(mode));
        for (int id = 0; id < THREADS; id++) {
            for (int i = 0; i < 1500; i++) {
                Object v = d.get(mode, OPS, new Key(id * 10_000 + i, i % 16));
                assertEquals(i % 3 == 0 ? null : (Object) (long) i, v);
            }
        }
    }

    @RepeatedTest(3)
    void readersAndIteratorsWhileWritersChurn() {
        DictStorage d = new DictStorage();
        AtomicBoolean done = new AtomicBoolean();
        Hammer.run(id -> {
            if (id < 4) {
                for (int i = 0; i < 20_000; i++) {
                    long k = (i * 31L + id) % 3000;
                    switch (i % 5) {
                        case 0, 1 -> d.put(mode, OPS, k, k);
                        case 2 -> d.remove(mode, OPS, k, k);
                        case 3 -> d.setDefault(mode, OPS, k + 3000, k + 3000);
                        default -> {
                            if (i % 2000 == 4) {
                                d.clear(mode);
                            } else {
                                d.pop(mode, OPS, k + 3000, -1L);
                            }
                        }
                    }
                }
                done.set(true);
                return;
            }
            while (!done.get()) {
                DictIteratorState it = d.iterator(DictIteratorState.Kind.ITEMS);
                try {
                    for (Object o = it.next(mode); o != null; o = it.next(mode)) {
                        Object[] kv = (Object[]) o;
                        assertEquals(kv[0], kv[1], "an item is never torn");
                    }
                } catch (ContainerError e) {
                    // CPython raises either: a size change, or the same size with other keys
                    if (!"dictionary changed size during iteration".equals(e.getMessage())
                            && !"dictionary keys changed during iteration".equals(e.getMessage())) {
                        fail("unexpected " + e);
                    }
                }
                Object v = d.get(mode, OPS, 17L);
                assertTrue(v == null || v.equals(17L));
                d.snapshot(mode);
                d.copy(mode);
            }
        });
    }

    @RepeatedTest(3)
    void sharedIteratorYieldsEachKeyOnce() {
        DictStorage d = new DictStorage();
        int n = 50_000;
        for (long k = 0; k < n; k++) {
            d.put(mode, OPS, k, k);
        }
        for (long k = 0; k < n; k += 10) {
            d.delete(mode, OPS, k); // deleted entries in the table are skipped, not yielded
        }
        DictIteratorState it = d.iterator(DictIteratorState.Kind.KEYS);
        ConcurrentHashMap<Object, Integer> seen = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            for (Object k = it.next(mode); k != null; k = it.next(mode)) {
                assertNotNull(k);
                assertEquals(null, seen.put(k, id), "yielded twice: " + k);
            }
        });
        assertEquals(n - n / 10, seen.size());
    }
}
