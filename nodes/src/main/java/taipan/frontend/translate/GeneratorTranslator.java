package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Stmt;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.ExceptHandlerNode;
import taipan.nodes.control.GeneratorBlockNode;
import taipan.nodes.control.GeneratorIfNode;
import taipan.nodes.control.GeneratorLoopNode;
import taipan.nodes.control.GeneratorRepeatingNode;
import taipan.nodes.control.GeneratorTryExceptNode;
import taipan.nodes.control.GeneratorTryFinallyNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.generator.GeneratorBodyRootNode;
import taipan.nodes.generator.GeneratorExpressionNode;
import taipan.nodes.generator.MakeGeneratorNode;
import taipan.nodes.generator.YieldFromNode;
import taipan.nodes.generator.YieldNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.variable.InitCellNode;
import taipan.nodes.variable.ReadLocalNodeGen;

/**
 * Generator bodies (DESIGN §4): statements that contain a yield become resumable variants of block, {@code if},
 * loops and {@code try}, which record where the body was suspended in its frame; statements without a yield stay
 * the ordinary nodes. Also generator expressions and the {@code yield} expressions themselves.
 */
final class GeneratorTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final AssignmentTranslator assignments;
    private final TaipanLanguage language;

    GeneratorTranslator(Translator translator, ExpressionTranslator expressions, AssignmentTranslator assignments,
                    TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.assignments = assignments;
        this.language = language;
    }

    /** A generator function's body once its parameters are bound: return a new generator over the rest. */
    StatementNode generatorBody(String name, Node node, StatementNode[] statements) {
        StatementNode body = new GeneratorBlockNode(statements, translator.currentFunction().tempSlot());
        GeneratorBodyRootNode root = new GeneratorBodyRootNode(language, name, body, translator.section(node.span()));
        String qualname = FunctionTranslator.qualname(translator.scopes().scopeOf(node), name);
        return new ReturnNode(new MakeGeneratorNode(root.getCallTarget(), name, qualname));
    }

    /**
     * The resumable form of {@code stmt} in a generator body, or null when the ordinary node is resumable as it is
     * (no yield, or one yield in a simple statement: reached again while resuming, it is the suspension point).
     */
    StatementNode statement(Stmt stmt) {
        int yields = YieldSearch.count(stmt);
        if (yields == 0) {
            return null;
        }
        return switch (stmt) {
            case Stmt.ExprStmt s when yields == 1 -> null;
            case Stmt.Assign s when yields == 1 -> null;
            case Stmt.AugAssign s when yields == 1 -> null;
            case Stmt.AnnAssign s when yields == 1 -> null;
            case Stmt.Return s when yields == 1 -> null;
            case Stmt.If i when YieldSearch.count(i.test()) == 0 -> new GeneratorIfNode(expressions.translate(i.test()),
                            translator.block(i.body()), translator.block(i.orelse()), translator.newTempSlot());
            case Stmt.While w when YieldSearch.count(w.test()) == 0 -> new GeneratorLoopNode(null,
                            GeneratorRepeatingNode.whileLoop(expressions.translate(w.test()), body(w.body())),
                            translator.block(w.orelse()), -1, translator.newTempSlot());
            case Stmt.For f when !f.isAsync() && YieldSearch.count(f.iter()) + YieldSearch.count(f.target()) == 0 ->
                forLoop(f);
            case Stmt.Try t when !t.isStar() && !t.handlers().stream().anyMatch(h -> YieldSearch.count(h.type()) > 0) ->
                tryStatement(t);
            default -> throw translator.unsupported(stmt, "this use of yield in a generator");
        };
    }

    /** A statement list holding a yield: resumable at the statement that yielded. */
    StatementNode block(StatementNode[] statements) {
        return new GeneratorBlockNode(statements, translator.newTempSlot());
    }

    private StatementNode forLoop(Stmt.For f) {
        int iteratorSlot = translator.newTempSlot();
        ExpressionNode iterable = expressions.translate(f.iter());
        StatementNode target = assignments.store(f.target(), null);
        return new GeneratorLoopNode(iterable, GeneratorRepeatingNode.forLoop(target, body(f.body()), iteratorSlot),
                        translator.block(f.orelse()), iteratorSlot, translator.newTempSlot());
    }

    private StatementNode tryStatement(Stmt.Try t) {
        StatementNode result = body(t.body());
        if (!t.handlers().isEmpty()) {
            ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                handlers[i] = translator.handler(t.handlers().get(i));
            }
            result = new GeneratorTryExceptNode(result, handlers, translator.block(t.orelse()),
                            translator.newTempSlot());
        }
        StatementNode finalbody = translator.block(t.finalbody());
        return finalbody == null ? result
                        : new GeneratorTryFinallyNode(result, finalbody, translator.newTempSlot(),
                                        translator.newTempSlot());
    }

    private StatementNode body(List<Stmt> statements) {
        StatementNode node = translator.block(statements);
        return node == null ? new PassNode() : node;
    }

    ExpressionNode yield(Expr.Yield y) {
        return new YieldNode(y.value() == null ? null : expressions.translate(y.value()));
    }

    ExpressionNode yieldFrom(Expr.YieldFrom y) {
        return new YieldFromNode(expressions.translate(y.value()), translator.newTempSlot());
    }

    /** {@code (elt for ...)}: a generator over its own scope, the first iterable evaluated here. */
    ExpressionNode generatorExp(Expr.GeneratorExp g) {
        Scope scope = translator.scopes().scopeOf(g);
        List<Comprehension> generators = g.generators();
        ExpressionNode first = expressions.translate(generators.get(0).iter());
        ExpressionNode[] closure = translator.functions().closure(scope, g);
        FunctionScope function = translator.enterFunction(scope);
        try {
            int iteratorSlot = function.slot(".0");
            int[] freeSlots = scope.freevars().stream().mapToInt(function::slot).toArray();
            List<StatementNode> body = new ArrayList<>();
            for (String cell : scope.cellvars()) {
                body.add(new InitCellNode(function.slot(cell), null));
            }
            body.add(loops(generators, 0, ReadLocalNodeGen.create(iteratorSlot, ".0"), g.elt()));
            StatementNode loops = body.size() == 1 ? body.get(0)
                            : new GeneratorBlockNode(body.toArray(new StatementNode[0]), function.tempSlot());
            GeneratorBodyRootNode root = new GeneratorBodyRootNode(language, "<genexpr>", loops,
                            translator.section(g.span()));
            return new GeneratorExpressionNode(first, closure, freeSlots, function.build(), root.getCallTarget(),
                            iteratorSlot, FunctionTranslator.qualname(scope, "<genexpr>"));
        } finally {
            translator.exitFunction();
        }
    }

    private StatementNode loops(List<Comprehension> generators, int i, ExpressionNode iterable, Expr elt) {
        Comprehension g = generators.get(i);
        if (g.isAsync()) {
            throw translator.unsupported(g.iter(), "asynchronous generator expressions");
        }
        StatementNode target = assignments.store(g.target(), null);
        ExpressionNode[] conditions = expressions.translateAll(g.ifs());
        StatementNode body = i + 1 < generators.size()
                        ? loops(generators, i + 1, expressions.translate(generators.get(i + 1).iter()), elt)
                        : new ExpressionStatementNode(new YieldNode(expressions.translate(elt)));
        for (int k = conditions.length - 1; k >= 0; k--) {
            body = new GeneratorIfNode(conditions[k], body, null, translator.newTempSlot());
        }
        int iteratorSlot = translator.newTempSlot();
        return new GeneratorLoopNode(iterable, GeneratorRepeatingNode.forLoop(target, body, iteratorSlot), null,
                        iteratorSlot, translator.newTempSlot());
    }
}
