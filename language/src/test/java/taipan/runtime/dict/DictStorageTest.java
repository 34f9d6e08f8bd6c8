package taipan.runtime.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.list.ContainerError;
import taipan.runtime.list.CPython;
import taipan.runtime.list.TestOps;
import taipan.runtime.list.TestOps.Key;
import taipan.threading.ThreadingMode;

/** Functional tests of dict storage: CPython's operations, order, errors and mutation during lookup. */
class DictStorageTest {
    private static final ThreadingMode SINGLE = new ThreadingMode();
    private static final TestOps OPS = TestOps.OPS;

    private static List<Object> keys(DictStorage d) {
        List<Object> result = new ArrayList<>();
        DictIteratorState it = d.iterator(DictIteratorState.Kind.KEYS);
        for (Object k = it.next(SINGLE); k != null; k = it.next(SINGLE)) {
            result.add(k);
        }
        return result;
    }

    @Test
    void putGetDeleteKeepInsertionOrder() {
        DictStorage d = new DictStorage();
        for (long i = 0; i < 1000; i++) {
            d.put(SINGLE, OPS, i, "v" + i);
        }
        assertEquals(1000, d.length(SINGLE));
        for (long i = 0; i < 1000; i += 2) {
            d.delete(SINGLE, OPS, i);
        }
        d.put(SINGLE, OPS, 0L, "again");
        d.put(SINGLE, OPS, 1L, "replaced");
        assertEquals(501, d.length(SINGLE));
        List<Object> ks = keys(d);
        assertEquals(1L, ks.get(0), "replacing keeps the position");
        assertEquals(0L, ks.get(ks.size() - 1), "re-inserting goes to the end");
        assertEquals("replaced", d.get(SINGLE, OPS, 1L));
        assertNull(d.get(SINGLE, OPS, 2L));
        ContainerError e = assertThrows(ContainerError.class, () -> d.delete(SINGLE, OPS, 2L));
        assertEquals("KeyError", e.pythonType());
        assertEquals(2L, e.key());
        assertEquals(2L, assertThrows(ContainerError.class, () -> d.getItem(SINGLE, OPS, 2L)).key());
    }

    @Test
    void numericKeysUnifyAsInPython() {
        DictStorage d = new DictStorage();
        d.put(SINGLE, OPS, 1L, "int");
        d.put(SINGLE, OPS, 1.0, "float");
        d.put(SINGLE, OPS, true, "bool");
        assertEquals(1, d.length(SINGLE));
        assertEquals(1L, keys(d).get(0), "the first key object stays");
        assertEquals("bool", d.get(SINGLE, OPS, 1L));
        d.put(SINGLE, OPS, 9007199254740993L, "big");
        assertNull(d.get(SINGLE, OPS, 9007199254740992.0), "2**53 + 1 != float(2**53)");
    }

    @Test
    void stringKeysWithCallerHash() {
        DictStorage d = new DictStorage();
        TruffleString a = TruffleString.fromJavaStringUncached("alpha", TruffleString.Encoding.UTF_32);
        TruffleString a2 = TruffleString.fromJavaStringUncached("alpha", TruffleString.Encoding.UTF_32);
        d.put(SINGLE, OPS, a, 12345L, 1L);
        assertEquals(1L, d.get(SINGLE, OPS, a2, 12345L));
        assertNull(d.get(SINGLE, OPS, a2, 54321L));
    }

    @Test
    void setDefaultPopPopItemClearCopyUpdate() {
        DictStorage d = new DictStorage();
        assertEquals("a", d.setDefault(SINGLE, OPS, "k", "a"));
        assertEquals("a", d.setDefault(SINGLE, OPS, "k", "b"));
        d.put(SINGLE, OPS, "x", 1L);
        d.put(SINGLE, OPS, "y", 2L);
        assertEquals(1L, d.pop(SINGLE, OPS, "x", null));
        assertEquals("dflt", d.pop(SINGLE, OPS, "x", "dflt"));
        DictStorage c = d.copy(SINGLE);
        assertArrayEquals(new Object[]{"y", 2L}, d.popItem(SINGLE));
        assertArrayEquals(new Object[]{"k", "a"}, d.popItem(SINGLE));
        ContainerError e = assertThrows(ContainerError.class, () -> d.popItem(SINGLE));
        assertEquals("popitem(): dictionary is empty", e.getMessage());
        assertEquals(List.of("k", "y"), keys(c));
        DictStorage u = new DictStorage();
        u.put(SINGLE, OPS, "y", 20L);
        u.put(SINGLE, OPS, "z", 30L);
        c.update(SINGLE, OPS, u);
        assertEquals(List.of("k", "y", "z"), keys(c));
        assertEquals(20L, c.get(SINGLE, OPS, "y"));
        c.clear(SINGLE);
        assertEquals(0, c.length(SINGLE));
        assertEquals(List.of(), keys(c));
    }

    @Test
    void iteratorKindsAndChangedSize() {
        DictStorage d = new DictStorage();
        d.put(SINGLE, OPS, "a", 1L);
        d.put(SINGLE, OPS, "b", 2L);
        DictIteratorState items = d.iterator(DictIteratorState.Kind.ITEMS);
        assertArrayEquals(new Object[]{"a", 1L}, (Object[]) items.next(SINGLE));
        DictIteratorState values = d.iterator(DictIteratorState.Kind.VALUES);
        assertEquals(1L, values.next(SINGLE));
        d.put(SINGLE, OPS, "b", 3L); // same size: fine
        assertEquals(3L, values.next(SINGLE));
        DictIteratorState it = d.iterator(DictIteratorState.Kind.KEYS);
        it.next(SINGLE);
        d.put(SINGLE, OPS, "c", 3L);
        ContainerError e = assertThrows(ContainerError.class, () -> it.next(SINGLE));
        assertEquals("RuntimeError", e.pythonType());
        assertEquals("dictionary changed size during iteration", e.getMessage());
        d.delete(SINGLE, OPS, "c");
        assertThrows(ContainerError.class, () -> it.next(SINGLE), "keeps raising even when the size is back");
    }

    @Test
    void replacingKeysDuringIterationIsDetectedAsCPythonDoes() throws Exception {
        String py = """
                        d = {0: 0, 1: 1}
                        seen = []
                        try:
                            for k in d:
                                seen.append(k)
                                del d[k]
                                d[k + 10] = k
                        except RuntimeError as e:
                            print(e, seen)
                        """;
        DictStorage d = new DictStorage();
        d.put(SINGLE, OPS, 0L, 0L);
        d.put(SINGLE, OPS, 1L, 1L);
        List<Object> seen = new ArrayList<>();
        DictIteratorState it = d.iterator(DictIteratorState.Kind.KEYS);
        String ours = "no error";
        try {
            for (Object k = it.next(SINGLE); k != null; k = it.next(SINGLE)) {
                seen.add(k);
                d.delete(SINGLE, OPS, k);
                d.put(SINGLE, OPS, (Long) k + 10, k);
            }
        } catch (ContainerError e) {
            ours = e.getMessage() + " " + seen.toString();
        }
        assertEquals(CPython.run(py), List.of(ours));
    }

    @Test
    void genericKeysUseCallbacksAndCollisions() {
        DictStorage d = new DictStorage();
        for (int i = 0; i < 200; i++) {
            d.put(SINGLE, OPS, new Key(i, i % 3), (long) i); // heavy hash collisions
        }
        assertEquals(200, d.length(SINGLE));
        for (int i = 0; i < 200; i++) {
            assertEquals((long) i, d.get(SINGLE, OPS, new Key(i, i % 3)));
        }
        assertNull(d.get(SINGLE, OPS, new Key(5, 1)), "equal ids with a different hash are not found");
        assertFalse(d.containsKey(SINGLE, OPS, new Key(500, 0)));
    }

    @Test
    void eqThatMutatesTheDictRestartsTheLookup() {
        DictStorage d = new DictStorage();
        int[] calls = {0};
        Key[] self = new Key[1];
        self[0] = new Key(1, 7) {
            @Override
            public boolean pyEq(Object other) {
                if (calls[0]++ == 0) {
                    // The stored key's __eq__ replaces its own entry while being compared (CPython restarts then).
                    d.delete(SINGLE, OPS, self[0]);
                    d.put(SINGLE, OPS, new Key(1, 7), "new");
                }
                return other instanceof Key k && k.id == id;
            }
        };
        d.put(SINGLE, OPS, self[0], "old");
        assertEquals("new", d.get(SINGLE, OPS, new Key(1, 7)));
        assertEquals(1, d.length(SINGLE));
        assertEquals(1, calls[0], "the restarted lookup compared with the new key only");
    }

    @Test
    void eqThatRaisesPropagates() {
        DictStorage d = new DictStorage();
        Key bad = new Key(2, 7) {
            @Override
            public boolean pyEq(Object other) {
                throw new IllegalStateException("__eq__ raised");
            }
        };
        d.put(SINGLE, OPS, bad, "v");
        assertThrows(IllegalStateException.class, () -> d.put(SINGLE, OPS, new Key(1, 7), "w"));
        assertEquals(1, d.length(SINGLE));
    }

    @Test
    void orderAfterDeletesAndPopItemMatchesCPython() throws Exception {
        StringBuilder py = new StringBuilder("d = {}\n");
        DictStorage d = new DictStorage();
        for (long i = 0; i < 60; i++) {
            py.append("d[").append(i).append("] = ").append(i * i).append('\n');
            d.put(SINGLE, OPS, i, i * i);
            if (i % 4 == 3) {
                py.append("del d[").append(i - 1).append("]\n");
                d.delete(SINGLE, OPS, i - 1);
            }
            if (i % 10 == 9) {
                py.append("d.popitem()\n");
                d.popItem(SINGLE);
            }
        }
        py.append("print(list(d.items()))\n");
        StringBuilder ours = new StringBuilder("[");
        Object[][] snap = d.snapshot(SINGLE);
        for (int i = 0; i < snap[0].length; i++) {
            ours.append(i > 0 ? ", " : "").append('(').append(snap[0][i]).append(", ").append(snap[1][i]).append(')');
        }
        assertEquals(CPython.run(py.toString()).get(0), ours.append(']').toString());
    }

    @Test
    void lockedPathsAgree() {
        ThreadingMode multi = new ThreadingMode();
        multi.enterMultiThreaded();
        DictStorage d = new DictStorage();
        for (long i = 0; i < 100; i++) {
            d.put(multi, OPS, i, i);
        }
        assertEquals(5L, d.remove(multi, OPS, 5L, 5L));
        assertEquals(7L, d.setDefault(multi, OPS, 7L, 0L));
        assertArrayEquals(new Object[]{99L, 99L}, d.popItem(multi));
        assertEquals(98, d.length(multi));
        assertTrue(d.containsKey(multi, OPS, 98L));
        d.clear(multi);
        assertEquals(0, d.copy(multi).length(multi));
    }
}
