package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.expression.BinaryExpressionNode;
import taipan.nodes.statement.AssignMultipleNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.subscript.AugmentedSetItemNode;
import taipan.nodes.subscript.DeleteItemNode;
import taipan.nodes.subscript.SetItemNode;
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
        if (target instanceof Expr.Subscript s) {
            return new SetItemNode(expressions.translate(s.value()), expressions.translate(s.slice()), value);
        }
        return translator.writeName(targetName(target), value);
    }

    /** Whether every target of a {@code del} is a subscript ({@code del a[i], b[j:k]}). */
    static boolean isItemDelete(Stmt.Delete d) {
        return d.targets().stream().allMatch(t -> t instanceof Expr.Subscript);
    }

    /** {@code del a[i], b[j]}: deletions left to right. */
    StatementNode deleteItems(Stmt.Delete d) {
        StatementNode[] deletions = new StatementNode[d.targets().size()];
        for (int i = 0; i < deletions.length; i++) {
            Expr.Subscript s = (Expr.Subscript) d.targets().get(i);
            deletions[i] = new DeleteItemNode(expressions.translate(s.value()), expressions.translate(s.slice()));
            translator.setSource(deletions[i], s.span());
        }
        return deletions.length == 1 ? deletions[0] : new BlockNode(deletions, false);
    }

    StatementNode augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Subscript s) {
            return new AugmentedSetItemNode(expressions.translate(s.value()), expressions.translate(s.slice()),
                            expressions.translate(a.value()), ExpressionTranslator.inplaceOp(a.op()));
        }
        String id = targetName(a.target());
        ExpressionNode read = translator.readName(id, a.target());
        translator.setSource(read, a.target().span());
        ExpressionNode value = new BinaryExpressionNode(read, expressions.translate(a.value()),
                        ExpressionTranslator.inplaceOp(a.op()));
        translator.setSource(value, a.span());
        return translator.writeName(id, value);
    }

    private String targetName(Expr target) {
        if (target instanceof Expr.Name n) {
            return n.id();
        }
        throw translator.unsupported(target);
    }
}
