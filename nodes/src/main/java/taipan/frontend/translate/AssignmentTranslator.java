package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.attribute.AugmentedAttributeNode;
import taipan.nodes.attribute.DeleteAttributeNode;
import taipan.nodes.attribute.SetAttributeNode;
import taipan.nodes.expression.BinaryExpressionNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.AssignMultipleNode;
import taipan.nodes.variable.WriteNode;

/** Builds assignments: plain, chained and augmented, to the targets the language supports so far. */
final class AssignmentTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;

    AssignmentTranslator(Translator translator, ExpressionTranslator expressions) {
        this.translator = translator;
        this.expressions = expressions;
    }

    StatementNode assign(List<Expr> targets, ExpressionNode value) {
        if (targets.size() == 1) {
            return store(targets.get(0), value);
        }
        StatementNode[] writes = new StatementNode[targets.size()];
        for (int i = 0; i < writes.length; i++) {
            writes[i] = store(targets.get(i), null);
        }
        return new AssignMultipleNode(value, writes);
    }

    /**
     * A store of {@code value} into {@code target}; with a null {@code value} the node is a {@link WriteNode} whose
     * caller passes the value (chained assignment, {@code for} targets, {@code except ... as}).
     */
    StatementNode store(Expr target, ExpressionNode value) {
        if (target instanceof Expr.Attribute a) {
            return new SetAttributeNode(expressions.translate(a.value()), a.attr(), value);
        }
        return translator.writeName(targetName(target), value);
    }

    StatementNode augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Attribute t) {
            return new AugmentedAttributeNode(expressions.translate(t.value()), t.attr(),
                            ExpressionTranslator.binaryOp(a.op()), expressions.translate(a.value()));
        }
        String id = targetName(a.target());
        ExpressionNode read = translator.readName(id, a.target());
        translator.setSource(read, a.target().span());
        ExpressionNode value = new BinaryExpressionNode(read, expressions.translate(a.value()),
                        ExpressionTranslator.binaryOp(a.op()));
        translator.setSource(value, a.span());
        return translator.writeName(id, value);
    }

    /** {@code del target, ...}: attribute targets so far. */
    StatementNode delete(Stmt.Delete d) {
        StatementNode[] deletes = new StatementNode[d.targets().size()];
        for (int i = 0; i < deletes.length; i++) {
            if (!(d.targets().get(i) instanceof Expr.Attribute a)) {
                throw translator.unsupported(d.targets().get(i));
            }
            deletes[i] = new DeleteAttributeNode(expressions.translate(a.value()), a.attr());
            translator.setSource(deletes[i], a.span());
        }
        return deletes.length == 1 ? deletes[0] : new BlockNode(deletes, false);
    }

    private String targetName(Expr target) {
        if (target instanceof Expr.Name n) {
            return n.id();
        }
        throw translator.unsupported(target);
    }
}
