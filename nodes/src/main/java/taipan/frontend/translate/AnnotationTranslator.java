package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Stmt;
import taipan.nodes.StatementNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.typing.SetupAnnotationsNode;
import taipan.nodes.typing.StoreAnnotationNode;

/**
 * Annotated assignments ({@code x: int = 1}) as CPython compiles them: the value is stored first; in a module or
 * class body a simple name's annotation then goes into {@code __annotations__}, which the body made on entry.
 */
final class AnnotationTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;

    AnnotationTranslator(Translator translator, ExpressionTranslator expressions) {
        this.translator = translator;
        this.expressions = expressions;
    }

    StatementNode annAssign(Stmt.AnnAssign a, AssignmentTranslator assignments) {
        List<StatementNode> steps = new ArrayList<>();
        if (a.value() != null) {
            steps.add(assignments.assign(List.of(a.target()), expressions.translate(a.value())));
        }
        FunctionScope function = translator.currentFunction();
        boolean inFunction = function != null && !function.isClassBody();
        if (a.target() instanceof Expr.Name n && a.simple()) {
            if (!inFunction) {
                steps.add(new StoreAnnotationNode(translator.readName("__annotations__", a), translator.mangle(n.id()),
                                translator.functions().annotation(a.annotation())));
            }
        } else {
            if (a.value() == null) {
                // the target's object (and index) are evaluated, as CPython's check_ann_expr
                switch (a.target()) {
                    case Expr.Attribute t -> steps.add(evaluate(t.value()));
                    case Expr.Subscript t -> {
                        steps.add(evaluate(t.value()));
                        steps.add(evaluate(t.slice()));
                    }
                    default -> {
                    }
                }
            }
            if (!inFunction && !translator.functions().hasFutureAnnotations()) {
                steps.add(evaluate(a.annotation()));
            }
        }
        return steps.isEmpty() ? new PassNode()
                        : steps.size() == 1 ? steps.get(0) : new BlockNode(steps.toArray(new StatementNode[0]), false);
    }

    private StatementNode evaluate(Expr e) {
        return new ExpressionStatementNode(expressions.translate(e));
    }

    /** The {@code SETUP_ANNOTATIONS} of a module or class body, or null when it annotates no name. */
    static StatementNode setup(List<Stmt> body, int classNamespaceSlot) {
        return hasAnnotations(body) ? new SetupAnnotationsNode(classNamespaceSlot) : null;
    }

    /** CPython's {@code find_ann}: an annotated assignment anywhere in the body outside nested scopes. */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                                || hasAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }
}
