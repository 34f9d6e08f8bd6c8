package taipan.runtime.list;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import taipan.threading.ThreadingMode;

/** Functional tests of list storage in single-threaded mode, and the locked paths give the same answers. */
class ListStorageTest {
    private static final ThreadingMode SINGLE = new ThreadingMode();
    private static final TestOps OPS = TestOps.OPS;

    static ListStorage list(Object... items) {
        return new ListStorage(items);
    }

    static void assertError(String type, String message, Runnable r) {
        ContainerError e = assertThrows(ContainerError.class, r::run);
        assertEquals(type, e.pythonType());
        assertEquals(message, e.getMessage());
    }

    @Test
    void appendChoosesAndGeneralisesStrategy() {
        ListStorage l = new ListStorage();
        assertEquals(Void.class, l.strategy());
        for (long i = 0; i < 100; i++) {
            l.append(SINGLE, i);
        }
        assertEquals(long[].class, l.strategy());
        assertEquals(100, l.length(SINGLE));
        assertEquals(99L, l.get(SINGLE, -1));
        l.append(SINGLE, "x");
        assertEquals(Object[].class, l.strategy());
        assertEquals("x", l.get(SINGLE, 100));
        assertEquals(42L, l.get(SINGLE, 42));
        ListStorage d = list(1.5, 2.5);
        assertEquals(double[].class, d.strategy());
        d.append(SINGLE, 3L);
        assertEquals(Object[].class, d.strategy());
        assertEquals("[1.5, 2.5, 3]", TestOps.repr(d.toArray(SINGLE)));
    }

    @Test
    void growthFollowsCPython() {
        // CPython 3.13: the capacities after successive appends to [] are 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
        ListStorage l = new ListStorage();
        StringBuilder seen = new StringBuilder();
        int last = -1;
        for (long i = 0; i < 80; i++) {
            l.append(SINGLE, i);
            int cap = ListArrays.capacity(l.store);
            if (cap != last) {
                seen.append(cap).append(' ');
                last = cap;
            }
        }
        assertEquals("4 8 16 24 32 40 52 64 76 92 ", seen.toString());
    }

    @Test
    void indexErrors() {
        ListStorage l = list(1L, 2L, 3L);
        assertError("IndexError", "list index out of range", () -> l.get(SINGLE, 3));
        assertError("IndexError", "list index out of range", () -> l.get(SINGLE, -4));
        assertError("IndexError", "list assignment index out of range", () -> l.set(SINGLE, 3, 0L));
        assertEquals(1L, l.get(SINGLE, -3));
        l.set(SINGLE, -1, "z");
        assertEquals("[1, 2, 'z']", TestOps.repr(l.toArray(SINGLE)));
    }

    @Test
    void popAndInsert() {
        ListStorage l = list(1L, 2L, 3L, 4L);
        assertEquals(4L, l.pop(SINGLE));
        assertEquals(1L, l.pop(SINGLE, 0));
        assertError("IndexError", "pop index out of range", () -> l.pop(SINGLE, 5));
        assertError("IndexError", "pop index out of range", () -> l.pop(SINGLE, -3));
        l.insert(SINGLE, -100, 0L);
        l.insert(SINGLE, 100, 9L);
        l.insert(SINGLE, 1, 1.5);
        l.insert(SINGLE, -1, "b");
        assertEquals("[0, 1.5, 2, 3, 'b', 9]", TestOps.repr(l.toArray(SINGLE)));
        ListStorage e = new ListStorage();
        assertError("IndexError", "pop from empty list", () -> e.pop(SINGLE));
        assertError("IndexError", "pop from empty list", () -> e.pop(SINGLE, 3));
    }

    @Test
    void extendCopyClearReverseRepeat() {
        ListStorage l = list(1L, 2L);
        l.extend(SINGLE, l);
        assertEquals("[1, 2, 1, 2]", TestOps.repr(l.toArray(SINGLE)));
        l.extend(SINGLE, new Object[]{3.0, "s"});
        assertEquals("[1, 2, 1, 2, 3.0, 's']", TestOps.repr(l.toArray(SINGLE)));
        ListStorage c = l.copy(SINGLE);
        l.reverse(SINGLE);
        assertEquals("['s', 3.0, 2, 1, 2, 1]", TestOps.repr(l.toArray(SINGLE)));
        assertEquals("[1, 2, 1, 2, 3.0, 's']", TestOps.repr(c.toArray(SINGLE)));
        l.clear(SINGLE);
        assertEquals(0, l.length(SINGLE));
        assertEquals(Void.class, l.strategy());
        assertEquals("[7, 8, 7, 8, 7, 8]", TestOps.repr(list(7L, 8L).repeat(SINGLE, 3).toArray(SINGLE)));
        assertEquals("[]", TestOps.repr(list(7L, 8L).repeat(SINGLE, -1).toArray(SINGLE)));
        ListStorage r = list(1L);
        r.inplaceRepeat(SINGLE, 3);
        assertEquals("[1, 1, 1]", TestOps.repr(r.toArray(SINGLE)));
        assertEquals("MemoryError", assertThrows(ContainerError.class, () -> list(1L, 2L).repeat(SINGLE, Long.MAX_VALUE)).pythonType());
    }

    @Test
    void searchThroughEquality() {
        ListStorage l = list(1L, 2.0, "a", 2L, true);
        assertTrue(ListSearch.contains(SINGLE, l, 2L, OPS));
        assertEquals(1, ListSearch.index(SINGLE, l, 2L, OPS, 0, Long.MAX_VALUE));
        assertEquals(3, ListSearch.index(SINGLE, l, 2L, OPS, 2, Long.MAX_VALUE));
        assertEquals(2, ListSearch.count(SINGLE, l, 1L, OPS)); // 1 and True
        ContainerError e = assertThrows(ContainerError.class, () -> ListSearch.index(SINGLE, l, 2L, OPS, 0, 1));
        assertEquals("%r is not in list", e.getMessage());
        assertEquals(2L, e.key());
        ListSearch.remove(SINGLE, l, 2L, OPS);
        assertEquals("[1, 'a', 2, True]", TestOps.repr(l.toArray(SINGLE)));
        assertError("ValueError", "list.remove(x): x not in list", () -> ListSearch.remove(SINGLE, l, "zz", OPS));
        ListStorage longs = list(5L, 6L, 7L);
        assertFalse(ListSearch.contains(SINGLE, longs, 8L, OPS));
        ListStorage nan = list(Double.NaN);
        assertTrue(ListSearch.contains(SINGLE, nan, Double.NaN, OPS), "a stored float keeps its identity with itself");
    }

    @Test
    void primitiveStrategiesDoNotCallBack() {
        ElementOps noCallbacks = new ElementOps() {
            public boolean eq(Object a, Object b) {
                throw new AssertionError("called back for " + a + ", " + b);
            }

            public long hash(Object o) {
                throw new AssertionError();
            }

            public boolean lt(Object a, Object b) {
                throw new AssertionError("called back for " + a + " < " + b);
            }
        };
        ListStorage l = list(3L, 1L, 2L);
        assertEquals(2, ListSearch.index(SINGLE, l, 2L, noCallbacks, 0, Long.MAX_VALUE));
        ListSort.sort(SINGLE, l, noCallbacks, null, false);
        assertEquals("[1, 2, 3]", TestOps.repr(l.toArray(SINGLE)));
        ListStorage d = list(3.5, 1.5, 2.5);
        assertEquals(1, ListSearch.count(SINGLE, d, 2.5, noCallbacks));
        ListSort.sort(SINGLE, d, noCallbacks, null, true);
        assertEquals("[3.5, 2.5, 1.5]", TestOps.repr(d.toArray(SINGLE)));
    }

    @Test
    void sortIsStableWithKeysAndReverse() {
        ListStorage l = list("bb", "a", "cc", "d", "ee");
        ListSort.sort(SINGLE, l, OPS, item -> (long) ((String) item).length(), false);
        assertEquals("['a', 'd', 'bb', 'cc', 'ee']", TestOps.repr(l.toArray(SINGLE)));
        ListSort.sort(SINGLE, l, OPS, item -> (long) ((String) item).length(), true);
        assertEquals("['bb', 'cc', 'ee', 'a', 'd']", TestOps.repr(l.toArray(SINGLE)));
    }

    @Test
    void sortPropagatesComparatorErrorsAndDetectsModification() {
        ListStorage l = list("b", 1L, "a");
        assertThrows(ClassCastException.class, () -> ListSort.sort(SINGLE, l, OPS, null, false));
        assertEquals(3, l.length(SINGLE), "the items are back after a failed sort");
        ListStorage m = list(3L, "x", 1L);
        ElementOps mutating = new ElementOps() {
            public boolean eq(Object a, Object b) {
                return false;
            }

            public long hash(Object o) {
                return 0;
            }

            private boolean appended;

            public boolean lt(Object a, Object b) {
                if (!appended) { // the first comparison sees the emptied list and modifies it; the sort goes on
                    assertEquals(0, m.length(SINGLE), "the list is empty while it is sorted");
                    m.append(SINGLE, 99L);
                    appended = true;
                }
                return String.valueOf(a).compareTo(String.valueOf(b)) < 0;
            }
        };
        assertError("ValueError", "list modified during sort", () -> ListSort.sort(SINGLE, m, mutating, null, false));
        assertEquals("[1, 3, 'x']", TestOps.repr(m.toArray(SINGLE)));
    }

    @Test
    void iteratorSeesAppendsAndStaysExhausted() {
        ListStorage l = list(1L, 2L);
        ListIteratorState it = l.iterator();
        assertEquals(1L, it.next(SINGLE));
        l.append(SINGLE, 3L);
        assertEquals(2L, it.next(SINGLE));
        assertEquals(3L, it.next(SINGLE));
        assertEquals(null, it.next(SINGLE));
        l.append(SINGLE, 4L);
        assertEquals(null, it.next(SINGLE));
    }

    @Test
    void lockedPathsAgree() {
        ThreadingMode multi = new ThreadingMode();
        multi.enterMultiThreaded();
        ListStorage l = new ListStorage();
        for (long i = 0; i < 10; i++) {
            l.append(multi, i);
        }
        l.insert(multi, 0, -1L);
        l.set(multi, 1, 0.5);
        assertEquals(9L, l.pop(multi));
        ListSlices.delete(multi, l, null, null, 2L);
        l.extend(multi, new Object[]{1.5});
        assertArrayEquals(new Object[]{0.5, 2L, 4L, 6L, 8L, 1.5}, l.toArray(multi));
        ListSort.sort(multi, l, OPS, null, true);
        assertArrayEquals(new Object[]{8L, 6L, 4L, 2L, 1.5, 0.5}, l.toArray(multi));
        ListIteratorState it = l.iterator();
        assertEquals(8L, it.next(multi));
        assertEquals(5, it.lengthHint(multi));
    }
}
