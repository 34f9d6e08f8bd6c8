package taipan.tests.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7's stress tests: 8 Python threads (free-threaded, JIT on) hammer one shared list, dict, object, class,
 * iterator or module; each program checks that nothing is lost or seen twice and that no Java exception (only
 * CPython's own {@code RuntimeError}) reaches Python. Each runs three times in one engine, bounded in time.
 */
class ThreadStressTest {

    /** Starts {@code run_all(target)}: {@code target(k)} on 8 threads at once, joined. */
    private static final String PRELUDE = """
                    import _thread
                    N_THREADS = 8
                    def run_all(target):
                        hs = [_thread.start_joinable_thread(lambda k=k: target(k)) for k in range(N_THREADS)]
                        for h in hs:
                            h.join()
                    """;

    private static Engine engine;

    @BeforeAll
    static void start() {
        engine = GuestRun.newEngine();
    }

    @AfterAll
    static void finish() {
        engine.close();
    }

    private static String run(String body) {
        return GuestRun.run(engine, false, PRELUDE + body);
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void appendingToOneList() {
        assertEquals("160000 True\n", run("""
                        shared = []
                        def work(k):
                            for i in range(20_000):
                                shared.append((k, i))
                        run_all(work)
                        print(len(shared), len(set(shared)) == len(shared))
                        """));
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void poppingUntilEmpty() {
        assertEquals("80000 True []\n", run("""
                        source = list(range(80_000))
                        taken = [[] for _ in range(N_THREADS)]
                        def work(k):
                            mine = taken[k]
                            while True:
                                try:
                                    mine.append(source.pop())
                                except IndexError:
                                    return
                        run_all(work)
                        every = [x for part in taken for x in part]
                        print(len(every), sorted(every) == list(range(80_000)), source)
                        """));
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void dictDisjointAndOverlappingKeys() {
        assertEquals("85000 True True\n", run("""
                        d = {}
                        def work(k):
                            for i in range(10_000):
                                d[(k, i)] = i
                                d[i % 5000] = k
                        run_all(work)
                        disjoint = all(d[(k, i)] == i for k in range(N_THREADS) for i in range(10_000))
                        overlapping = all(0 <= d[i] < N_THREADS for i in range(5000))
                        print(len(d), disjoint, overlapping)
                        """));
    }

    /**
     * Readers iterate while writers mutate: no Java exception, only CPython's two dict iteration errors (a writer's
     * insert and pop between two reads leaves the size equal but the keys changed, CPython's second message).
     */
    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void iteratingWhileOthersMutate() {
        assertEquals("True True\n", run("""
                        lst, d = list(range(1000)), {i: i for i in range(1000)}
                        errors = set()
                        def work(k):
                            for i in range(300):
                                if k % 2:
                                    lst.append(i); lst.pop(0)
                                    d[1000 + k * 1000 + i] = i; d.pop(1000 + k * 1000 + i, None)
                                else:
                                    try:
                                        sum(1 for _ in lst)
                                        for key in d:
                                            pass
                                    except RuntimeError as e:
                                        errors.add(str(e))
                                    except Exception as e:
                                        errors.add(type(e).__name__ + ': ' + str(e))
                        run_all(work)
                        print(errors <= {"dictionary changed size during iteration",
                                        "dictionary keys changed during iteration"}, len(lst) == 1000)
                        """));
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sharingOneIterator() {
        assertEquals("True True True\n", run("""
                        def drain(it):
                            seen = [[] for _ in range(N_THREADS)]
                            def work(k):
                                for x in it:
                                    seen[k].append(x)
                            run_all(work)
                            return sorted(x for part in seen for x in part)
                        print(drain(iter(list(range(50_000)))) == list(range(50_000)),
                              drain(iter(range(50_000))) == list(range(50_000)),
                              drain(iter({i: None for i in range(20_000)})) == list(range(20_000)))
                        """));
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void addingAttributesToOneObject() {
        assertEquals("1600 True\n", run("""
                        class Bag:
                            pass
                        bag = Bag()
                        def work(k):
                            for i in range(200):
                                setattr(bag, "a%d_%d" % (k, i), i)
                        run_all(work)
                        print(len(vars(bag)), all(getattr(bag, "a%d_%d" % (k, i)) == i
                                                  for k in range(N_THREADS) for i in range(200)))
                        """));
    }

    /** Half the threads call a method while the other half redefine it: every call sees one of the versions. */
    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void redefiningAMethodWhileOthersCallIt() {
        assertEquals("True True\n", run("""
                        class C:
                            def m(self):
                                return 0
                        c = C()
                        results = [set() for _ in range(N_THREADS)]
                        def work(k):
                            for i in range(20_000):
                                if k % 2:
                                    results[k].add(c.m())
                                elif i % 100 == 0:
                                    C.m = (lambda v: lambda self: v)(k + 1)
                            C.m = lambda self: -1
                        run_all(work)
                        print(set().union(*results) <= {0, 1, 3, 5, 7, -1}, c.m() == -1)
                        """));
    }

    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void writingModuleGlobals() {
        assertEquals("8000 True\n", run("""
                        def work(k):
                            g = globals()
                            for i in range(1000):
                                g["g_%d_%d" % (k, i)] = i
                        run_all(work)
                        names = [n for n in globals() if n.startswith("g_")]
                        print(len(names), all(globals()["g_%d_%d" % (k, i)] == i
                                              for k in range(N_THREADS) for i in range(1000)))
                        """));
    }

    /** Four producers and four consumers through one {@code queue.Queue}: every item consumed exactly once. */
    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void queuePipeline() {
        String probe = GuestRun.run(engine, false, "try:\n import threading\n print('ok')\nexcept ImportError as e:\n print(e)");
        Assumptions.assumeTrue(probe.equals("ok\n"), "threading does not import here yet: " + probe);
        assertEquals("20000 True\n", run("""
                        import queue, threading
                        q = queue.Queue(maxsize=100)
                        consumed = [[] for _ in range(4)]
                        def produce(k):
                            for i in range(5000):
                                q.put((k, i))
                        def consume(k):
                            while (item := q.get()) is not None:
                                consumed[k].append(item)
                        producers = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
                        consumers = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
                        for t in producers + consumers:
                            t.start()
                        for t in producers:
                            t.join()
                        for _ in consumers:
                            q.put(None)
                        for t in consumers:
                            t.join()
                        every = sorted(x for part in consumed for x in part)
                        print(len(every), every == sorted((k, i) for k in range(4) for i in range(5000)))
                        """));
    }

    /**
     * Four producers and four consumers through one {@code queue.SimpleQueue} (the native {@code _queue} one) with
     * blocking and timed gets: every item consumed exactly once.
     */
    @RepeatedTest(3)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void simpleQueuePipeline() {
        String probe = GuestRun.run(engine, false, "try:\n import threading\n print('ok')\nexcept ImportError as e:\n print(e)");
        Assumptions.assumeTrue(probe.equals("ok\n"), "threading does not import here yet: " + probe);
        assertEquals("True 20000 True\n", run("""
                        import queue, threading, _queue
                        q = queue.SimpleQueue()
                        consumed = [[] for _ in range(4)]
                        def produce(k):
                            for i in range(5000):
                                q.put((k, i)) if i % 2 else q.put_nowait((k, i))
                        def consume(k):
                            while True:
                                try:
                                    item = q.get(timeout=0.001) if k % 2 else q.get()
                                except queue.Empty:
                                    continue
                                if item is None:
                                    return
                                consumed[k].append(item)
                        producers = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
                        consumers = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
                        for t in producers + consumers:
                            t.start()
                        for t in producers:
                            t.join()
                        for _ in consumers:
                            q.put(None)
                        for t in consumers:
                            t.join()
                        every = sorted(x for part in consumed for x in part)
                        print(type(q) is _queue.SimpleQueue and q.empty(), len(every),
                              every == sorted((k, i) for k in range(4) for i in range(5000)))
                        """));
    }
}
