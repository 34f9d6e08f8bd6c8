package taipan.frontend.ast;

import java.util.List;

/** CPython's {@code ExceptHandler}: {@code type} and {@code name} are null where absent. */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node {
}
