package taipan.frontend.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxWarnings one compilation found (invalid escapes, a literal run into a keyword, an assert of a tuple),
 * in source order. The front end is called without a runtime to hand, so the warnings are gathered per thread
 * here and issued through Python's {@code warnings} module once the compilation ends.
 */
public final class CompileWarnings {

    /** One warning: its message and the line it is reported at. */
    public record Warning(String message, int lineno, int position) {
    }

    private static final ThreadLocal<List<Warning>> PENDING = new ThreadLocal<>();

    private CompileWarnings() {
    }

    /** Starts gathering for a compilation on this thread; returns what an enclosing one had gathered. */
    public static List<Warning> begin() {
        List<Warning> outer = PENDING.get();
        PENDING.set(new ArrayList<>());
        return outer;
    }

    /** Ends this thread's compilation: its warnings, the enclosing compilation's list restored. */
    public static List<Warning> end(List<Warning> outer) {
        List<Warning> mine = PENDING.get();
        PENDING.set(outer);
        return mine == null ? List.of() : mine;
    }

    /**
     * Records a warning about the source at char index {@code position}, once (the parser may read a literal again
     * when it backtracks); outside a compilation (a unit test of the parser alone) it is dropped.
     */
    public static void add(String message, int lineno, int position) {
        List<Warning> list = PENDING.get();
        Warning w = new Warning(message, lineno, position);
        if (list != null && !list.contains(w)) {
            list.add(w);
        }
    }
}
