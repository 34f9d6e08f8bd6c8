package taipan.frontend.ast;

import java.util.List;

/** CPython's {@code mod}: what one parse produces, by mode. */
public sealed interface Mod {

    /** {@code exec} mode: a file or {@code exec()} source. */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
    }

    /** {@code single} mode: one interactive statement. */
    record Interactive(List<Stmt> body) implements Mod {
    }

    /** {@code eval} mode: one expression. */
    record Expression(Expr body) implements Mod {
    }

    /** {@code func_type} mode: a function type comment. */
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {
    }

    /** CPython's {@code type_ignore}. */
    record TypeIgnore(int lineno, String tag) {
    }
}
