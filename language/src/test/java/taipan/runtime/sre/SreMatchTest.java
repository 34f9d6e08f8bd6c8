package taipan.runtime.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the engine on the code CPython's re._compiler produced for each case of sre_match_cases.json and compares
 * spans, lastindex, split pieces and substitutions with what CPython's re returned for the same case.
 */
class SreMatchTest {

    @TestFactory
    Stream<DynamicTest> casesAgreeWithCPython() throws Exception {
        List<Map<String, Object>> cases = Oracle.run("sre_match_cases.json");
        return cases.stream().map(c -> DynamicTest.dynamicTest(Oracle.name(c), () -> check(c)));
    }

    private static void check(Map<String, Object> c) {
        if (c.containsKey("error")) {
            fail("oracle could not run the case: " + c.get("error"));
        }
        List<?> kase = (List<?>) c.get("case");
        String op = (String) kase.get(0);
        List<?> args = kase.subList(4, kase.size());
        SrePattern p = SrePattern.create(Oracle.longs(c.get("code")), (Long) c.get("groups"),
                        (int) (long) (Long) c.get("flags"));
        int[] subject = Oracle.ints(c.get("subject"));
        Object expected = c.get("result");
        if (expected instanceof Map<?, ?> m && m.containsKey("system_error")) {
            SreException e = assertThrows(SreException.class, () -> runOp(op, p, subject, args));
            assertEquals(SreException.Kind.INTERNAL, e.kind());
            assertEquals(m.get("system_error"), e.getMessage());
            return;
        }
        if (op.equals("code")) {
            checkSpecial((String) kase.get(2), p, subject);
            return;
        }
        if (op.equals("sub")) {
            checkSub(p, subject, args, expected);
            return;
        }
        long pos = args.size() > 0 ? (Long) args.get(0) : 0;
        long endpos = args.size() > 1 ? (Long) args.get(1) : Long.MAX_VALUE;
        switch (op) {
            case "match" -> assertEquals(render(expected), render(p.match(subject, pos, endpos)));
            case "search" -> assertEquals(render(expected), render(p.search(subject, pos, endpos)));
            case "fullmatch" -> assertEquals(render(expected), render(p.fullmatch(subject, pos, endpos)));
            case "finditer" -> assertEquals(renderAll((List<?>) expected), renderMatches(p.findAll(subject, pos, endpos, 0)));
            case "scanmatch" -> assertEquals(renderAll((List<?>) expected), renderMatches(scanMatches(p, subject, pos, endpos)));
            case "split" -> assertEquals(renderPieces((List<?>) expected), renderArrays(p.split(subject, pos)));
            default -> fail("unknown op " + op);
        }
    }

    /** Cases that only borrow CPython's code for a pattern, to test what has no Python-level answer. */
    private static void checkSpecial(String pattern, SrePattern p, int[] subject) {
        switch (pattern) {
            case "(?:a+)+b" -> checkInterrupt(p, subject);
            case "(?P<x>a)(b)?" -> checkTemplateErrors(p, subject);
            default -> fail("no special check for " + pattern);
        }
    }

    /** A catastrophic backtracking search stops with INTERRUPTED once its thread is interrupted. */
    private static void checkInterrupt(SrePattern p, int[] subject) {
        SreException[] caught = new SreException[1];
        Thread t = new Thread(() -> {
            try {
                p.search(subject, 0, Long.MAX_VALUE);
            } catch (SreException e) {
                caught[0] = e;
            }
        });
        t.start();
        try {
            Thread.sleep(200);
            t.interrupt();
            t.join(10_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(false, t.isAlive());
        assertEquals(SreException.Kind.INTERRUPTED, caught[0].kind());
    }

    private static void checkTemplateErrors(SrePattern p, int[] subject) {
        SreMatch m = p.match(subject, 0, 1);
        int[] dash = {'-'};
        SreTemplate t = SreTemplate.create(List.of(dash, dash, dash), new long[]{2, 1});
        assertEquals("[45, 45, 97, 45]", Arrays.toString(t.expand(m, subject)));
        SreException e = assertThrows(SreException.class,
                        () -> SreTemplate.create(List.of(dash, dash), new long[]{3}).expand(m, subject));
        assertEquals(SreException.Kind.NO_SUCH_GROUP, e.kind());
        e = assertThrows(SreException.class, () -> SreTemplate.create(List.of(dash, dash), new long[]{-1}));
        assertEquals(SreException.Kind.INVALID_TEMPLATE, e.kind());
        e = assertThrows(SreException.class, () -> SreTemplate.create(List.of(dash), new long[]{1}));
        assertEquals(SreException.Kind.INVALID_TEMPLATE, e.kind());
    }

    /** Runs an operation for its side effects only (to see it fail). */
    private static void runOp(String op, SrePattern p, int[] subject, List<?> args) {
        long pos = args.size() > 0 && args.get(0) instanceof Long l ? l : 0;
        switch (op) {
            case "match" -> p.match(subject, pos, Long.MAX_VALUE);
            case "search" -> p.search(subject, pos, Long.MAX_VALUE);
            case "fullmatch" -> p.fullmatch(subject, pos, Long.MAX_VALUE);
            default -> p.findAll(subject, pos, Long.MAX_VALUE, 0);
        }
    }

    private static List<SreMatch> scanMatches(SrePattern p, int[] subject, long pos, long endpos) {
        SreScanner scanner = p.scanner(subject, pos, endpos);
        List<SreMatch> found = new ArrayList<>();
        SreMatch m;
        while ((m = scanner.match()) != null) {
            found.add(m);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void checkSub(SrePattern p, int[] subject, List<?> args, Object expected) {
        Map<String, Object> e = (Map<String, Object>) expected;
        List<?> items = (List<?>) e.get("template");
        List<int[]> literals = new ArrayList<>();
        long[] indices = new long[items.size() / 2];
        for (int i = 0; i < items.size(); i++) {
            if (i % 2 == 0) {
                literals.add(Oracle.ints(items.get(i)));
            } else {
                indices[i / 2] = (Long) items.get(i);
            }
        }
        long count = args.size() > 1 ? (Long) args.get(1) : 0;
        SrePattern.SubResult r = p.sub(SreTemplate.create(literals, indices), subject, count);
        assertEquals(Arrays.toString(Oracle.ints(e.get("text"))), Arrays.toString(r.text()));
        assertEquals((long) (Long) e.get("n"), r.count());
    }

    @SuppressWarnings("unchecked")
    private static String render(Object expected) {
        if (expected == null) {
            return "None";
        }
        Map<String, Object> m = (Map<String, Object>) expected;
        return "spans=" + Arrays.toString(Oracle.ints(m.get("spans"))) + " lastindex=" + m.get("lastindex");
    }

    private static String render(SreMatch m) {
        if (m == null) {
            return "None";
        }
        int[] spans = new int[2 * m.groupCount()];
        for (int g = 0; g < m.groupCount(); g++) {
            spans[2 * g] = m.start(g);
            spans[2 * g + 1] = m.end(g);
        }
        return "spans=" + Arrays.toString(spans) + " lastindex=" + m.lastindex();
    }

    private static List<String> renderAll(List<?> expected) {
        return expected.stream().map(SreMatchTest::render).toList();
    }

    private static List<String> renderMatches(List<SreMatch> actual) {
        return actual.stream().map(SreMatchTest::render).toList();
    }

    private static List<String> renderPieces(List<?> expected) {
        return expected.stream().map(o -> String.valueOf(Arrays.toString(Oracle.ints(o)))).toList();
    }

    private static List<String> renderArrays(List<int[]> actual) {
        return actual.stream().map(a -> String.valueOf(Arrays.toString(a))).toList();
    }
}
