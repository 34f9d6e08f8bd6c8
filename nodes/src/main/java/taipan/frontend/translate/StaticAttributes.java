package taipan.frontend.translate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

import taipan.frontend.ast.Expr;

/**
 * Collects a class's {@code __static_attributes__} (3.13): the names stored as {@code self.NAME = ...} anywhere in
 * the functions nested in its body, for the nearest enclosing class, as CPython's compiler does it.
 */
final class StaticAttributes {

    /** One set per class body being translated, innermost first. */
    private final Deque<TreeSet<String>> classes = new ArrayDeque<>();

    void enterClass() {
        classes.push(new TreeSet<>());
    }

    /** Ends the innermost class body: its names, sorted. */
    String[] exitClass() {
        return classes.pop().toArray(new String[0]);
    }

    /** A store into {@code target}: counts when it is {@code self.NAME} (the name unmangled). */
    void noteStore(Expr.Attribute target) {
        if (!classes.isEmpty() && target.value() instanceof Expr.Name n && n.id().equals("self")) {
            classes.peek().add(target.attr());
        }
    }
}
