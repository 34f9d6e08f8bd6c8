package taipan.runtime.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import taipan.threading.ThreadingMode;

/** Slice reads, assignments and deletions over many bounds, compared with what CPython 3.13 computes. */
class ListSliceOracleTest {
    private static final ThreadingMode SINGLE = new ThreadingMode();
    private static final Long[] BOUNDS = {null, -12L, -3L, -1L, 0L, 2L, 5L, 9L, 15L};
    private static final Long[] STEPS = {null, 1L, 2L, 3L, -1L, -2L, 0L};

    private static String py(Long v) {
        return v == null ? "None" : v.toString();
    }

    private static String outcome(Runnable r, ListStorage l) {
        try {
            r.run();
            return TestOps.repr(l.toArray(SINGLE));
        } catch (ContainerError e) {
            return e.pythonType() + ": " + e.getMessage();
        }
    }

    @Test
    void slicesAgreeWithCPython() throws Exception {
        StringBuilder program = new StringBuilder("""
                        def run(f):
                            try:
                                print(f())
                            except Exception as e:
                                print(type(e).__name__ + ': ' + str(e))
                        def get(a, b, c):
                            return list(range(10))[a:b:c]
                        def put(a, b, c, n):
                            l = list(range(10)); l[a:b:c] = [100 + i for i in range(n)]; return l
                        def delete(a, b, c):
                            l = list(range(10)); del l[a:b:c]; return l
                        """);
        List<String> ours = new ArrayList<>();
        for (Long a : BOUNDS) {
            for (Long b : BOUNDS) {
                for (Long c : STEPS) {
                    String args = py(a) + ", " + py(b) + ", " + py(c);
                    program.append("run(lambda: get(").append(args).append("))\n");
                    ours.add(read(a, b, c));
                    for (int n : new int[]{0, 3}) {
                        program.append("run(lambda: put(").append(args).append(", ").append(n).append("))\n");
                        ListStorage l = range10();
                        ours.add(outcome(() -> ListSlices.set(SINGLE, l, a, b, c, items(n)), l));
                    }
                    program.append("run(lambda: delete(").append(args).append("))\n");
                    ListStorage l = range10();
                    ours.add(outcome(() -> ListSlices.delete(SINGLE, l, a, b, c), l));
                }
            }
        }
        List<String> expected = CPython.run(program.toString());
        assertEquals(expected.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(expected.get(i), ours.get(i), "case " + i);
        }
    }

    private static String read(Long a, Long b, Long c) {
        try {
            return TestOps.repr(ListSlices.get(SINGLE, range10(), a, b, c).toArray(SINGLE));
        } catch (ContainerError e) {
            return e.pythonType() + ": " + e.getMessage();
        }
    }

    private static ListStorage range10() {
        ListStorage l = new ListStorage();
        for (long i = 0; i < 10; i++) {
            l.append(SINGLE, i);
        }
        return l;
    }

    private static Object[] items(int n) {
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = 100L + i;
        }
        return items;
    }
}
