package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Java exceptions thrown by host methods that Python calls: Python catches them as {@code polyglot.ForeignException}
 * (a subclass of {@code Exception}); uncaught they are Python exceptions with a Python traceback. Keyword arguments
 * to a Java method are a {@code TypeError}.
 */
class HostExceptionsTest {

    private static Context hostContext() {
        return Context.newBuilder("python").allowAllAccess(true).build();
    }

    @Test
    void javaExceptionIsCaughtByExceptException() {
        try (Context context = hostContext()) {
            Value result = context.eval("python", """
                            import java, polyglot
                            Integer = java.type("java.lang.Integer")
                            try:
                                Integer.parseInt("x")
                            except Exception as e:
                                caught = e
                            [type(caught).__name__, type(caught).__module__, str(caught), repr(caught),
                             isinstance(caught, polyglot.ForeignException), issubclass(polyglot.ForeignException, Exception),
                             caught.exception.getClass().getName(), caught.args]
                            """);
            assertEquals("['ForeignException', 'polyglot', 'For input string: \"x\"', "
                            + "'ForeignException(\\'For input string: \"x\"\\')', True, True, "
                            + "'java.lang.NumberFormatException', ('For input string: \"x\"',)]", result.toString());
        }
    }

    @Test
    void exceptionsFromJavaListsAndCallbacksAreCatchable() {
        try (Context context = hostContext()) {
            Function<Object, Object> failing = x -> {
                throw new IllegalStateException("no " + x);
            };
            context.getBindings("python").putMember("failing", failing);
            context.getBindings("python").putMember("jlist", new ArrayList<>(List.of(1, 2)));
            Value result = context.eval("python", """
                            import polyglot
                            out = []
                            for action in (lambda: failing(7), lambda: jlist.get(5), lambda: jlist.subList(2, 1)):
                                try:
                                    action()
                                except polyglot.ForeignException as e:
                                    out.append(e.exception.getClass().getSimpleName() + ": " + str(e))
                            out
                            """);
            assertEquals("['IllegalStateException: no 7', 'IndexOutOfBoundsException: Index 5 out of bounds for length 2', "
                            + "'IllegalArgumentException: fromIndex(2) > toIndex(1)']", result.toString());
        }
    }

    @Test
    void pythonExceptionThroughAJavaCallbackStaysItself() {
        try (Context context = hostContext()) {
            context.getBindings("python").putMember("jlist", new ArrayList<>(List.of(1, 2)));
            Value result = context.eval("python", """
                            def boom(x):
                                raise KeyError(x)
                            try:
                                jlist.forEach(boom)
                            except KeyError as e:
                                r = "KeyError " + repr(e.args)
                            r
                            """);
            assertEquals("KeyError (1,)", result.asString());
        }
    }

    @Test
    void uncaughtJavaExceptionIsAPythonErrorWithPythonFrames() {
        try (Context context = hostContext()) {
            context.eval("python", """
                            import java
                            def parse(s):
                                return java.type("java.lang.Integer").parseInt(s)
                            """);
            PolyglotException e = assertThrows(PolyglotException.class,
                            () -> context.eval("python", "def outer():\n    return parse('y')\nouter()\n"));
            assertTrue(e.isGuestException(), "a Python exception, not the host one");
            assertFalse(e.isHostException());
            assertEquals("polyglot.ForeignException: For input string: \"y\"", e.getMessage());
            List<String> frames = new ArrayList<>();
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame()) {
                    frames.add(frame.getRootName() + ":" + frame.getSourceLocation().getStartLine());
                }
            }
            assertEquals(List.of("parse:3", "outer:2", "<module>:3"), frames.subList(0, 3), frames.toString());
        }
    }

    @Test
    void keywordArgumentsToAJavaMethodAreATypeError() {
        try (Context context = hostContext()) {
            Value result = context.eval("python", """
                            import java
                            l = java.type("java.util.ArrayList")()
                            try:
                                l.add(x=1)
                            except TypeError as e:
                                r = str(e)
                            [r, l.size()]
                            """);
            assertEquals("[\"java.util.ArrayList.add() takes no keyword arguments (got 'x'): foreign callables "
                            + "take positional arguments only\", 0]", result.toString());
        }
    }
}
