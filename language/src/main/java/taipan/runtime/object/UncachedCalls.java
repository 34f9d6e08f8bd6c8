package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.type.PythonClass;

/**
 * Calls into Python from runtime code that has no node of its own (repr of a list item, a container comparing
 * keys): the nodes module installs the one {@link Invoker} when it loads. Slow paths only.
 */
public final class UncachedCalls {

    /** Calls a Python callable with positional arguments. */
    public interface Invoker {
        Object call(Object callable, Object[] arguments);

        /** {@code type(receiver).name(receiver, *arguments)}, or null when the class has no such attribute. */
        Object callSpecial(Object receiver, String name, Object[] arguments);

        /** {@code a OP b} for a comparison symbol ({@code "=="}, {@code "<"}, ...), as {@code bool(a OP b)}. */
        boolean compare(Object a, Object b, String symbol);

        /** {@code hash(value)}. */
        long hash(Object value);
    }

    private static volatile Invoker invoker;

    private UncachedCalls() {
    }

    public static void install(Invoker value) {
        invoker = value;
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... arguments) {
        return invoker.call(callable, arguments);
    }

    @TruffleBoundary
    public static Object callSpecial(Object receiver, String name, Object... arguments) {
        return invoker.callSpecial(receiver, name, arguments);
    }

    @TruffleBoundary
    public static boolean compare(Object a, Object b, String symbol) {
        return invoker.compare(a, b, symbol);
    }

    @TruffleBoundary
    public static long hash(Object value) {
        return invoker.hash(value);
    }

    /** Whether {@code cls} (a user class) defines {@code name} itself or inherits it from a user class. */
    @TruffleBoundary
    public static boolean hasUserAttribute(PythonClass cls, String name) {
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                return false;
            }
            if (c.getOwnAttribute(name) != null) {
                return true;
            }
        }
        return false;
    }
}
