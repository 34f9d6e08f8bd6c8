package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Host and foreign values in Python: the {@code java} and {@code polyglot} modules, Java lists, maps and callbacks. */
class HostValuesTest {

    private static Context hostContext() {
        return Context.newBuilder("python").allowAllAccess(true).build();
    }

    @Test
    void javaTypeMakesHostObjectsUsableAsSequences() {
        try (Context context = hostContext()) {
            Value result = context.eval("python", """
                            import java
                            ArrayList = java.type("java.util.ArrayList")
                            l = ArrayList()
                            l.add(1)
                            l.add("two")
                            l.add(3.5)
                            l[0] = 10
                            [len(l), l[1], l[-1], list(l), l.size(), type(l).__name__, bool(ArrayList()),
                             java.instanceof(l, ArrayList), "two" in l, [x for x in l]]
                            """);
            assertEquals("[3, 'two', 3.5, [10, 'two', 3.5], 3, 'ForeignObject', False, True, True, [10, 'two', 3.5]]",
                            result.toString());
        }
    }

    @Test
    void javaListsMapsAndCallbacksPassedIn() {
        try (Context context = hostContext()) {
            Value bindings = context.getBindings("python");
            List<Object> list = new ArrayList<>(List.of(1, 2, 3));
            Map<String, Object> map = new HashMap<>(Map.of("a", 1));
            Function<Object, Object> twice = x -> 2 * ((Number) x).intValue(); // Python ints arrive as Long
            bindings.putMember("jlist", list);
            bindings.putMember("jmap", map);
            bindings.putMember("twice", twice);
            Value result = context.eval("python", """
                            total = sum(jlist)
                            jlist[0] = 100
                            jmap["b"] = twice(21)
                            [total, len(jmap), jmap["a"], sorted(jmap), twice(4) + 1, repr(jlist)]
                            """);
            assertEquals("[6, 2, 1, ['a', 'b'], 9, '[100, 2, 3]']", result.toString());
            assertEquals(100L, list.get(0)); // a Python int reaches Java as a Long
            assertEquals(42L, map.get("b"));
        }
    }

    @Test
    void polyglotBindingsBothWays() {
        try (Context context = hostContext()) {
            context.getPolyglotBindings().putMember("from_java", 20);
            Value result = context.eval("python", """
                            import polyglot
                            @polyglot.export_value
                            def square(x):
                                return x * x
                            polyglot.export_value([1, 2], "pair")
                            polyglot.import_value("from_java") + polyglot.eval(language="python", string="1 + 1")
                            """);
            assertEquals(22, result.asInt());
            assertEquals(49, context.getPolyglotBindings().getMember("square").execute(7).asInt());
            assertEquals(2, context.getPolyglotBindings().getMember("pair").getArraySize());
        }
    }

    @Test
    void withoutHostAccessJavaTypeIsAPermissionError() {
        try (Context context = Context.create("python")) {
            Value result = context.eval("python", """
                            import java
                            try:
                                java.type("java.util.ArrayList")
                            except PermissionError as e:
                                r = "PermissionError"
                            r
                            """);
            assertTrue(result.asString().equals("PermissionError"));
        }
    }
}
