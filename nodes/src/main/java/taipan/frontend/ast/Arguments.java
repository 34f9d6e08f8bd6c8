package taipan.frontend.ast;

import java.util.List;

/**
 * CPython's {@code arguments}. {@code kwDefaults} has one entry per keyword-only parameter (null where it has none);
 * {@code defaults} covers the last positional parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults,
                Arg kwarg, List<Expr> defaults) {

    /** CPython's {@code arg}: one parameter. */
    public record Arg(Span span, String arg, Expr annotation, String typeComment) implements Node {
    }
}
