package taipan.runtime.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.RepeatedTest;

import taipan.threading.Hammer;
import taipan.threading.ThreadingMode;

/** Slice assignment, slice deletion, in-place repetition and sort racing with readers and appenders. */
class ListSliceStressTest {
    private final ThreadingMode mode = Hammer.multiThreaded();

    @RepeatedTest(3)
    void sliceAssignmentsAreAtomic() {
        ListStorage l = new ListStorage(new Object[]{0L, 0L, 0L, 0L});
        // Every writer replaces the whole list by four copies of its id: a reader sees four equal items.
        AtomicBoolean torn = new AtomicBoolean();
        Hammer.run(id -> {
            for (int i = 0; i < 5_000; i++) {
                if (id % 2 == 0) {
                    ListSlices.set(mode, l, null, null, null, new Object[]{(long) id, (long) id, (long) id, (long) id});
                } else {
                    Object[] items = l.toArray(mode);
                    if (items.length != 4 || !items[0].equals(items[3])) {
                        torn.set(true);
                    }
                }
            }
        });
        assertTrue(!torn.get(), "a reader saw a half-done slice assignment");
        assertEquals(4, l.length(mode));
    }

    @RepeatedTest(3)
    void sliceDeletionsAndAppendsKeepCounts() {
        ListStorage l = new ListStorage();
        Hammer.run(id -> {
            for (int i = 0; i < 2_000; i++) {
                l.append(mode, (long) i);
                l.append(mode, (long) i);
                // deletes exactly one item: the first
                ListSlices.delete(mode, l, 0L, 1L, null);
            }
        });
        assertEquals(Hammer.THREADS * 2_000, l.length(mode));
    }

    @RepeatedTest(3)
    void readersNeverSeeJavaExceptionsDuringSortAndRepeat() {
        ListStorage l = new ListStorage();
        for (long i = 0; i < 1_000; i++) {
            l.append(mode, 1_000 - i);
        }
        ElementOps ops = new TestOps();
        Hammer.run(id -> {
            for (int i = 0; i < 200; i++) {
                try {
                    switch (id % 4) {
                        case 0 -> ListSort.sort(mode, l, ops, null, i % 2 == 0);
                        case 1 -> {
                            l.inplaceRepeat(mode, 2);
                            ListSlices.delete(mode, l, 1_000L, null, null);
                        }
                        case 2 -> ListSlices.get(mode, l, 10L, -10L, 3L);
                        default -> l.get(mode, i);
                    }
                } catch (ContainerError e) {
                    if (!e.pythonType().equals("IndexError") && !e.pythonType().equals("ValueError")) {
                        fail("unexpected " + e);
                    }
                }
            }
        });
        assertTrue(l.length(mode) >= 1_000, "repeat then trim never loses the first 1000 items");
    }
}
