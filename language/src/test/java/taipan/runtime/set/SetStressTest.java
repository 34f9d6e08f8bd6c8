package taipan.runtime.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.RepeatedTest;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.TestOps;
import taipan.threading.Hammer;
import taipan.threading.ThreadingMode;

/** 8 Java threads hammering one set in multi-threaded mode; asserts results, never timings. */
class SetStressTest {
    private static final int THREADS = Hammer.THREADS;
    private static final int PER_THREAD = 10_000;
    private static final TestOps OPS = TestOps.OPS;

    private final ThreadingMode mode = Hammer.multiThreaded();

    @RepeatedTest(3)
    void overlappingAddsKeepEachElementOnce() {
        SetStorage s = new SetStorage();
        Hammer.run(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                s.add(mode, OPS, (long) ((i * 13 + id * 7) % PER_THREAD));
                s.add(mode, OPS, (long) (PER_THREAD + id * PER_THREAD + i)); // and a disjoint one
            }
        });
        assertEquals(PER_THREAD + THREADS * PER_THREAD, s.length(mode));
    }

    @RepeatedTest(3)
    void popAndDiscardUntilEmptySeeEachElementOnce() {
        SetStorage s = new SetStorage();
        int n = THREADS * PER_THREAD;
        for (long i = 0; i < n; i++) {
            s.add(mode, OPS, i);
        }
        ConcurrentHashMap<Object, Integer> seen = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            long probe = id;
            while (s.length(mode) > 0) {
                if (id % 2 == 0) {
                    try {
                        Object e = s.pop(mode);
                        assertEquals(null, seen.put(e, id), "popped twice: " + e);
                    } catch (ContainerError e) {
                        assertEquals("pop from an empty set", e.getMessage());
                    }
                } else {
                    probe = (probe + 7919) % n;
                    if (s.discard(mode, OPS, probe)) {
                        assertEquals(null, seen.put(probe, id), "discarded twice: " + probe);
                    }
                }
            }
        });
        assertEquals(n, seen.size());
    }

    @RepeatedTest(3)
    void sharedIteratorAndAlgebraWhileOthersMutate() {
        SetStorage s = new SetStorage();
        SetStorage fixed = new SetStorage();
        for (long i = 0; i < 20_000; i++) {
            s.add(mode, OPS, i);
            fixed.add(mode, OPS, i);
        }
        DictIteratorState shared = fixed.iterator();
        ConcurrentHashMap<Object, Integer> seen = new ConcurrentHashMap<>();
        Hammer.run(id -> {
            for (Object e = shared.next(mode); e != null; e = shared.next(mode)) {
                assertEquals(null, seen.put(e, id), "yielded twice: " + e);
            }
            for (int round = 0; round < 20; round++) {
                if (id % 2 == 0) {
                    for (long i = 0; i < 500; i++) {
                        s.add(mode, OPS, 100_000L + id * 1000 + i);
                        s.discard(mode, OPS, 100_000L + id * 1000 + i - 1);
                    }
                } else {
                    SetStorage u = SetAlgebra.intersection(mode, OPS, s, fixed);
                    assertTrue(u.length(mode) <= 20_000);
                    try {
                        DictIteratorState it = s.iterator();
                        for (Object e = it.next(mode); e != null; e = it.next(mode)) {
                            assertTrue(e instanceof Long);
                        }
                    } catch (ContainerError e) {
                        assertEquals("Set changed size during iteration", e.getMessage());
                    }
                }
            }
        });
        assertEquals(20_000, seen.size());
        assertEquals(20_000 + THREADS / 2, s.length(mode), "each adding thread left its last element");
    }
}
