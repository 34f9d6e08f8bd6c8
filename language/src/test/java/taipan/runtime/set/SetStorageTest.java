package taipan.runtime.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.list.CPython;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.TestOps;
import taipan.threading.ThreadingMode;

/** Functional tests of set storage; the algebra is compared with CPython 3.13. */
class SetStorageTest {
    private static final ThreadingMode SINGLE = new ThreadingMode();
    private static final TestOps OPS = TestOps.OPS;

    private static SetStorage set(long... values) {
        SetStorage s = new SetStorage();
        for (long v : values) {
            s.add(SINGLE, OPS, v);
        }
        return s;
    }

    /** Python's repr of {@code sorted(s)}. */
    private static String sorted(SetStorage s) {
        Object[] e = s.elements(SINGLE);
        Arrays.sort(e);
        return TestOps.repr(e);
    }

    @Test
    void addDiscardRemovePop() {
        SetStorage s = set(1, 2, 3);
        s.add(SINGLE, OPS, 2.0);
        assertEquals(3, s.length(SINGLE));
        assertTrue(s.contains(SINGLE, OPS, true));
        assertTrue(s.discard(SINGLE, OPS, 1L));
        assertFalse(s.discard(SINGLE, OPS, 1L));
        ContainerError e = assertThrows(ContainerError.class, () -> s.remove(SINGLE, OPS, 1L));
        assertEquals("KeyError", e.pythonType());
        assertEquals(1L, e.key());
        s.pop(SINGLE);
        s.pop(SINGLE);
        e = assertThrows(ContainerError.class, () -> s.pop(SINGLE));
        assertEquals("KeyError", e.pythonType());
        assertEquals("pop from an empty set", e.getMessage());
    }

    @Test
    void iterationDetectsSizeChange() {
        SetStorage s = set(1, 2, 3);
        DictIteratorState it = s.iterator();
        assertEquals(1L, it.next(SINGLE));
        s.add(SINGLE, OPS, 4L);
        ContainerError e = assertThrows(ContainerError.class, () -> it.next(SINGLE));
        assertEquals("RuntimeError", e.pythonType());
        assertEquals("Set changed size during iteration", e.getMessage());
        List<Object> all = new ArrayList<>();
        DictIteratorState again = s.iterator();
        for (Object o = again.next(SINGLE); o != null; o = again.next(SINGLE)) {
            all.add(o);
        }
        assertEquals(List.of(1L, 2L, 3L, 4L), all);
    }

    @Test
    void algebraAgreesWithCPython() throws Exception {
        long[][] operands = {{}, {1}, {1, 2, 3}, {2, 3, 4, 5}, {7, 8}, {1, 2, 3, 4, 5, 6, 7, 8}};
        StringBuilder py = new StringBuilder();
        List<String> ours = new ArrayList<>();
        for (long[] x : operands) {
            for (long[] y : operands) {
                String a = pySet(x);
                String b = pySet(y);
                py.append("a, b = ").append(a).append(", ").append(b).append('\n');
                py.append("print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, a >= b, a < b, a == b, a.isdisjoint(b))\n");
                SetStorage sa = set(x);
                SetStorage sb = set(y);
                ours.add(String.join(" ", sorted(SetAlgebra.union(SINGLE, OPS, sa, sb)),
                                sorted(SetAlgebra.intersection(SINGLE, OPS, sa, sb)),
                                sorted(SetAlgebra.difference(SINGLE, OPS, sa, sb)),
                                sorted(SetAlgebra.symmetricDifference(SINGLE, OPS, sa, sb)),
                                py(SetAlgebra.isSubset(SINGLE, OPS, sa, sb)), py(SetAlgebra.isSuperset(SINGLE, OPS, sa, sb)),
                                py(SetAlgebra.isProperSubset(SINGLE, OPS, sa, sb)), py(SetAlgebra.isEqual(SINGLE, OPS, sa, sb)),
                                py(SetAlgebra.isDisjoint(SINGLE, OPS, sa, sb))));
                py.append("c = set(a); c |= b; d = set(a); d &= b; e = set(a); e -= b; f = set(a); f ^= b\n");
                py.append("print(sorted(c), sorted(d), sorted(e), sorted(f))\n");
                SetStorage c = sa.copy(SINGLE);
                c.addAll(SINGLE, OPS, sb.elements(SINGLE));
                SetStorage d = sa.copy(SINGLE);
                d.retainAll(SINGLE, OPS, sb);
                SetStorage e = sa.copy(SINGLE);
                e.removeAll(SINGLE, OPS, sb.elements(SINGLE));
                SetStorage f = sa.copy(SINGLE);
                f.toggleAll(SINGLE, OPS, sb);
                ours.add(String.join(" ", sorted(c), sorted(d), sorted(e), sorted(f)));
            }
        }
        assertEquals(CPython.run(py.toString()), ours);
    }

    private static String pySet(long[] values) {
        StringBuilder sb = new StringBuilder("set([");
        for (long v : values) {
            sb.append(v).append(',');
        }
        return sb.append("])").toString();
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Test
    void clearAndCopy() {
        SetStorage s = set(1, 2);
        SetStorage c = s.copy(SINGLE);
        s.clear(SINGLE);
        assertEquals(0, s.length(SINGLE));
        assertEquals(2, c.length(SINGLE));
        assertEquals(3, SetStorage.of(SINGLE, OPS, "a", "b", "a", "c").length(SINGLE));
    }
}
