package taipan.frontend.translate;

import taipan.frontend.ast.Expr;
import taipan.nodes.ExpressionNode;
import taipan.nodes.literal.DictLiteralNode;
import taipan.nodes.literal.SetLiteralNode;

/** Builds dict and set displays. */
final class ContainerDisplays {

    private ContainerDisplays() {
    }

    /** {@code {k: v, **m}}: a null key in the AST is a {@code **} unpacking. */
    static ExpressionNode dict(ExpressionTranslator expressions, Expr.Dict d) {
        ExpressionNode[] keys = new ExpressionNode[d.values().size()];
        ExpressionNode[] values = new ExpressionNode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = expressions.translateOrNull(d.keys().get(i));
            values[i] = expressions.translate(d.values().get(i));
        }
        return new DictLiteralNode(keys, values);
    }

    /** {@code {a, *b}}. */
    static ExpressionNode set(ExpressionTranslator expressions, Expr.SetExpr s) {
        ExpressionNode[] nodes = new ExpressionNode[s.elts().size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = s.elts().get(i);
            starred[i] = e instanceof Expr.Starred;
            nodes[i] = expressions.translate(e instanceof Expr.Starred st ? st.value() : e);
        }
        return new SetLiteralNode(nodes, starred);
    }
}
