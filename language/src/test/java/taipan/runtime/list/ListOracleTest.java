package taipan.runtime.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import taipan.threading.ThreadingMode;

/** index/insert/pop/get with many indices, sort with keys, and sort from inside a key, compared with CPython 3.13. */
class ListOracleTest {
    private static final ThreadingMode SINGLE = new ThreadingMode();
    private static final long[] INDICES = {-9, -6, -5, -1, 0, 1, 4, 5, 6, 100};

    private static ListStorage base() {
        return new ListStorage(new Object[]{3L, 1L, 4L, 1L, 5L});
    }

    private static String outcome(Supplier<Object> op, ListStorage l) {
        try {
            Object r = op.get();
            return TestOps.reprOf(r) + " " + TestOps.repr(l.toArray(SINGLE));
        } catch (ContainerError e) {
            String msg = e.getMessage().replace("%r", TestOps.reprOf(e.key()));
            return e.pythonType() + ": " + msg;
        }
    }

    @Test
    void indexedOperationsAgreeWithCPython() throws Exception {
        StringBuilder py = new StringBuilder("""
                        def run(f):
                            l = [3, 1, 4, 1, 5]
                            try:
                                r = f(l)
                                print(repr(r), l)
                            except Exception as e:
                                print(type(e).__name__ + ': ' + str(e))
                        """);
        List<String> ours = new ArrayList<>();
        for (long i : INDICES) {
            py.append("run(lambda l: l.insert(").append(i).append(", 9))\n");
            ListStorage a = base();
            ours.add(outcome(() -> {
                a.insert(SINGLE, i, 9L);
                return "None";
            }, a).replace("'None'", "None"));
            py.append("run(lambda l: l.pop(").append(i).append("))\n");
            ListStorage b = base();
            ours.add(outcome(() -> b.pop(SINGLE, i), b));
            py.append("run(lambda l: l[").append(i).append("])\n");
            ListStorage c = base();
            ours.add(outcome(() -> c.get(SINGLE, i), c));
            for (long j : INDICES) {
                py.append("run(lambda l: l.index(1, ").append(i).append(", ").append(j).append("))\n");
                ListStorage d = base();
                ours.add(outcome(() -> (long) ListSearch.index(SINGLE, d, 1L, TestOps.OPS, i, j), d));
            }
        }
        assertEquals(CPython.run(py.toString()), ours);
    }

    @Test
    void sortWithKeysAndReverseAgreesWithCPython() throws Exception {
        Object[] items = new Object[40];
        for (int i = 0; i < items.length; i++) {
            items[i] = (long) ((i * 37) % 11);
        }
        StringBuilder py = new StringBuilder("l = [(i * 37) % 11 for i in range(40)]\n");
        py.append("print(sorted(range(40), key=lambda i: l[i] % 3))\n");
        py.append("print(sorted(range(40), key=lambda i: l[i] % 4, reverse=True))\n");
        py.append("print(sorted(l, reverse=True))\n");
        List<String> ours = new ArrayList<>();
        Object[] range = new Object[40];
        for (int i = 0; i < range.length; i++) {
            range[i] = (long) i;
        }
        ListStorage a = new ListStorage(range);
        ListSort.sort(SINGLE, a, TestOps.OPS, i -> (Long) items[(int) (long) (Long) i] % 3, false);
        ours.add(TestOps.repr(a.toArray(SINGLE)));
        ListStorage b = new ListStorage(range);
        ListSort.sort(SINGLE, b, TestOps.OPS, i -> (Long) items[(int) (long) (Long) i] % 4, true);
        ours.add(TestOps.repr(b.toArray(SINGLE)));
        ListStorage c = new ListStorage(items);
        ListSort.sort(SINGLE, c, TestOps.OPS, null, true);
        ours.add(TestOps.repr(c.toArray(SINGLE)));
        assertEquals(CPython.run(py.toString()), ours);
    }

    @Test
    void sortFromInsideAKeyAgreesWithCPython() throws Exception {
        String py = """
                        l = [3, 1, 2]
                        def key(x):
                            l.sort()
                            return x
                        try:
                            l.sort(key=key)
                        except ValueError as e:
                            print(e, l)
                        else:
                            print('no error', l)
                        """;
        ListStorage l = new ListStorage(new Object[]{3L, 1L, 2L});
        String ours;
        try {
            ListSort.sort(SINGLE, l, TestOps.OPS, x -> {
                ListSort.sort(SINGLE, l, TestOps.OPS, null, false);
                return x;
            }, false);
            ours = "no error " + TestOps.repr(l.toArray(SINGLE));
        } catch (ContainerError e) {
            ours = e.getMessage() + " " + TestOps.repr(l.toArray(SINGLE));
        }
        assertEquals(CPython.run(py), List.of(ours));
    }
}
