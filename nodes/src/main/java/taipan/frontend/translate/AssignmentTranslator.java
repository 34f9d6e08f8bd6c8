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
import taipan.nodes.statement.AssignMultipleNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.UnpackSequenceNode;
import taipan.nodes.statement.UnpackStarredNode;
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
        if (targets.size() == 1 && targets.get(0) instanceof Expr.Name) {
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
        StatementNode node = switch (target) {
            case Expr.Name n -> translator.writeName(n.id(), value);
            case Expr.Subscript s -> new SetItemNode(expressions.translate(s.value()), expressions.translate(s.slice()),
                            value);
            case Expr.Attribute t -> {
                translator.staticAttributes().noteStore(t);
                yield new SetAttributeNode(expressions.translate(t.value()), translator.mangle(t.attr()), value);
            }
            case Expr.Tuple t -> unpack(t.elts(), value);
            case Expr.ListExpr l -> unpack(l.elts(), value);
            default -> throw translator.unsupported(target);
        };
        translator.setSource(node, target.span());
        return node;
    }

    /** {@code a, (b, c), *d = value}: one store per element, the starred one (at most one) taking a list. */
    private StatementNode unpack(List<Expr> elements, ExpressionNode value) {
        StatementNode[] targets = new StatementNode[elements.size()];
        int starIndex = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr element = elements.get(i);
            if (element instanceof Expr.Starred s) {
                starIndex = i;
                element = s.value();
            }
            targets[i] = store(element, null);
        }
        return starIndex < 0 ? UnpackSequenceNode.create(value, targets)
                        : UnpackStarredNode.create(value, targets, starIndex);
    }

    /** {@code del a, (b, c)}: each target in turn, left to right. */
    StatementNode delete(List<Expr> targets) {
        StatementNode[] deletes = new StatementNode[targets.size()];
        for (int i = 0; i < deletes.length; i++) {
            deletes[i] = deleteOne(targets.get(i));
        }
        return new BlockNode(deletes, false);
    }

    private StatementNode deleteOne(Expr target) {
        StatementNode node = switch (target) {
            case Expr.Name n -> translator.deleteName(n.id(), n);
            case Expr.Subscript s -> new DeleteItemNode(expressions.translate(s.value()),
                            expressions.translate(s.slice()));
            case Expr.Attribute t -> new DeleteAttributeNode(expressions.translate(t.value()), translator.mangle(t.attr()));
            case Expr.Tuple t -> delete(t.elts());
            case Expr.ListExpr l -> delete(l.elts());
            default -> throw translator.unsupported(target);
        };
        translator.setSource(node, target.span());
        return node;
    }

    StatementNode augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Attribute t) {
            return new AugmentedAttributeNode(expressions.translate(t.value()), translator.mangle(t.attr()),
                            ExpressionTranslator.inplaceOp(a.op()), expressions.translate(a.value()));
        }
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
