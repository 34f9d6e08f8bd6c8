package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.literal.DictLiteralNode;
import taipan.nodes.literal.ObjectLiteralNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.subscript.SetItemNode;
import taipan.runtime.str.PyStrings;

/**
 * Annotated assignments ({@code x: int = 1}) of module and class bodies, as CPython's {@code compiler_annassign}:
 * the value is stored first, then a simple name's annotation goes into {@code __annotations__}, which the body
 * creates at its start ({@code SETUP_ANNOTATIONS}) when it has any annotated assignment. Function bodies evaluate
 * no annotation of a local.
 */
final class AnnotationTranslator {

    private static final ExpressionNode[] NONE = new ExpressionNode[0];

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final AssignmentTranslator assignments;
    private final FunctionTranslator functions;

    AnnotationTranslator(Translator translator, ExpressionTranslator expressions, AssignmentTranslator assignments,
                    FunctionTranslator functions) {
        this.translator = translator;
        this.expressions = expressions;
        this.assignments = assignments;
        this.functions = functions;
    }

    /** {@code target: annotation [= value]}. */
    StatementNode annAssign(Stmt.AnnAssign a) {
        List<StatementNode> parts = new ArrayList<>();
        if (a.value() != null) {
            parts.add(assignments.assign(List.of(a.target()), expressions.translate(a.value())));
        }
        if (translator.inModuleOrClassBody()) {
            if (a.simple() && a.target() instanceof Expr.Name n) {
                ExpressionNode key = new ObjectLiteralNode(PyStrings.of(translator.mangle(n.id())));
                parts.add(new SetItemNode(translator.readName("__annotations__", null), key,
                                functions.annotation(a.annotation())));
            } else {
                if (a.value() == null) {
                    targetChecks(a.target(), parts);
                }
                if (!functions.hasFutureAnnotations()) {
                    parts.add(new ExpressionStatementNode(expressions.translate(a.annotation())));
                }
            }
        } else if (a.value() == null) {
            targetChecks(a.target(), parts);
        }
        return parts.isEmpty() ? new PassNode()
                        : parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new StatementNode[0]), false);
    }

    /** {@code obj.attr: T} and {@code obj[key]: T} without a value still evaluate {@code obj} (and {@code key}). */
    private void targetChecks(Expr target, List<StatementNode> parts) {
        if (target instanceof Expr.Attribute t) {
            parts.add(new ExpressionStatementNode(expressions.translate(t.value())));
        } else if (target instanceof Expr.Subscript s) {
            parts.add(new ExpressionStatementNode(expressions.translate(s.value())));
            parts.add(new ExpressionStatementNode(expressions.translate(s.slice())));
        }
    }

    /** {@code __annotations__ = {}} for a module or class body with annotated assignments; else null. */
    StatementNode setup(List<Stmt> body) {
        if (!hasAnnotations(body)) {
            return null;
        }
        return translator.writeNamespaceName("__annotations__", new DictLiteralNode(NONE, NONE));
    }

    /** CPython's {@code find_ann}: an annotated assignment in the body, outside nested functions and classes. */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || handlersHave(t.handlers()) || hasAnnotations(t.orelse())
                                || hasAnnotations(t.finalbody());
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHave(List<ExceptHandler> handlers) {
        return handlers.stream().anyMatch(h -> hasAnnotations(h.body()));
    }
}
