package example;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Embeds Taipan: evaluates Python, passes Java data in (a list, a map, a callback), reads Python data back (a
 * dict, a list, an object), calls a Python function and a Python method from Java, and lets Python call Java.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        try (Context context = Context.newBuilder("python").allowAllAccess(true).build()) {
            // Java -> Python: values put in the bindings are Python globals.
            Value globals = context.getBindings("python");
            globals.putMember("prices", List.of(3, 5, 8));
            globals.putMember("rates", Map.of("EUR", 0.5));
            Function<String, String> shout = s -> s.toUpperCase() + "!";
            globals.putMember("shout", shout);

            // Python code that uses the Java values and calls back into Java.
            context.eval("python", """
                            import java
                            class Basket:
                                def __init__(self, items):
                                    self.items = list(items)
                                def total(self, currency="USD"):
                                    return sum(self.items) * (rates[currency] if currency in rates else 1)
                            def summary(name):
                                StringBuilder = java.type("java.lang.StringBuilder")
                                sb = StringBuilder(shout(name))
                                sb.append(" has ").append(len(prices)).append(" prices")
                                return sb.toString()
                            """);

            // Python -> Java: call functions, create objects, invoke methods, read containers.
            Value basket = globals.getMember("Basket").newInstance(globals.getMember("prices"));
            System.out.println("total: " + basket.invokeMember("total").asInt());
            System.out.println("total in EUR: " + basket.invokeMember("total", "EUR").asDouble());
            System.out.println(globals.getMember("summary").execute("basket").asString());

            Value stats = context.eval("python", "{'count': len(prices), 'squares': [p * p for p in prices]}");
            System.out.println("count: " + stats.getHashValue("count").asInt());
            List<?> squares = stats.getHashValue("squares").as(List.class);
            System.out.println("squares: " + squares);
            System.out.println("repr: " + stats);
        }
    }
}
