package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.WithItem;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.BreakNode;
import taipan.nodes.control.ExceptHandlerNode;
import taipan.nodes.control.IfNode;
import taipan.nodes.literal.BooleanLiteralNode;
import taipan.nodes.control.GeneratorBlockNode;
import taipan.nodes.control.GeneratorIfNode;
import taipan.nodes.control.GeneratorLoopNode;
import taipan.nodes.control.GeneratorRepeatingNode;
import taipan.nodes.control.GeneratorTryExceptNode;
import taipan.nodes.control.GeneratorTryStarNode;
import taipan.nodes.control.GeneratorTryFinallyNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.generator.AsyncForNode;
import taipan.nodes.generator.AsyncWithNode;
import taipan.nodes.generator.GeneratorBodyRootNode;
import taipan.nodes.generator.GeneratorKind;
import taipan.nodes.generator.GetAwaitableNode;
import taipan.nodes.generator.ReadTempNode;
import taipan.nodes.generator.TempStoreNode;
import taipan.nodes.generator.GeneratorExpressionNode;
import taipan.nodes.generator.MakeGeneratorNode;
import taipan.nodes.generator.MultiYieldStatementNode;
import taipan.nodes.generator.YieldFromNode;
import taipan.nodes.generator.YieldNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.variable.InitCellNode;
import taipan.nodes.variable.ReadLocalNodeGen;
import taipan.runtime.function.CodeInfo;

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
    /** While a simple statement with several yields is translated: the memo slots of its yields; else null. */
    private List<Integer> memoSlots;

    GeneratorTranslator(Translator translator, ExpressionTranslator expressions, AssignmentTranslator assignments,
                    TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.assignments = assignments;
        this.language = language;
    }

    /** Whether a scope's body is resumable: a generator, a coroutine or an async generator. */
    static boolean isResumable(Scope scope) {
        return scope.isGenerator() || scope.isCoroutine();
    }

    /** The {@code co_flags} bits that tell a generator, a coroutine and an async generator function apart. */
    /** The code object a generator expression's {@code gi_code} shows: one positional-only parameter, {@code .0}. */
    private taipan.runtime.function.PCode genexprCode(Scope scope, String qualname, int line,
                    GeneratorBodyRootNode root) {
        int flags = CodeInfo.CO_OPTIMIZED | CodeInfo.CO_NEWLOCALS | CodeInfo.CO_GENERATOR
                        | (scope.isNested() ? CodeInfo.CO_NESTED : 0);
        CodeInfo info = new CodeInfo("<genexpr>", qualname, translator.sourcePath(), line,
                        scope.locals().toArray(new String[0]), scope.cellvars().toArray(new String[0]),
                        scope.freevars().toArray(new String[0]), 1, 1, 0, flags, null);
        taipan.runtime.function.Signature signature = new taipan.runtime.function.Signature("<genexpr>",
                        new String[]{".0"}, 1, true, false, new String[0], false);
        return new taipan.runtime.function.PCode(signature, root.getCallTarget(), info);
    }

    static int codeFlags(Scope scope) {
        return switch (GeneratorKind.of(scope.isGenerator(), scope.isCoroutine())) {
            case GENERATOR -> scope.isGenerator() ? CodeInfo.CO_GENERATOR : 0;
            case COROUTINE -> CO_COROUTINE;
            case ASYNC_GENERATOR -> CO_ASYNC_GENERATOR;
        };
    }

    private static final int CO_COROUTINE = 0x80;
    private static final int CO_ASYNC_GENERATOR = 0x200;

    /** Whether the function being translated is an async generator (its yields are wrapped). */
    private boolean inAsyncGenerator() {
        Scope scope = translator.currentFunction().scope();
        return scope.isGenerator() && scope.isCoroutine();
    }

    /** A generator (or coroutine) function's body once its parameters are bound: return a new one over the rest. */
    StatementNode generatorBody(String name, Node node, StatementNode[] statements) {
        StatementNode body = new GeneratorBlockNode(statements, translator.currentFunction().tempSlot());
        Scope scope = translator.scopes().scopeOf(node);
        String qualname = FunctionTranslator.qualname(scope, name);
        GeneratorBodyRootNode root = new GeneratorBodyRootNode(language, name, qualname, body,
                        translator.section(node.span()));
        GeneratorKind kind = GeneratorKind.of(scope.isGenerator(), scope.isCoroutine());
        return new ReturnNode(new MakeGeneratorNode(root.getCallTarget(), name, qualname, kind));
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
            case Stmt.Raise s when yields == 1 -> null;
            case Stmt.Assert s when yields == 1 -> null;
            case Stmt.Delete s when yields == 1 -> null;
            case Stmt.ExprStmt s -> multiYield(s);
            case Stmt.Assign s -> multiYield(s);
            case Stmt.AugAssign s -> multiYield(s);
            case Stmt.AnnAssign s -> multiYield(s);
            case Stmt.Return s -> multiYield(s);
            case Stmt.Raise s -> multiYield(s);
            case Stmt.Assert s -> multiYield(s);
            case Stmt.If i when YieldSearch.count(i.test()) == 0 -> new GeneratorIfNode(expressions.translate(i.test()),
                            translator.block(i.body()), translator.block(i.orelse()), translator.newTempSlot());
            case Stmt.If i -> hoisted(i.test(), test -> new GeneratorIfNode(test, translator.block(i.body()),
                            translator.block(i.orelse()), translator.newTempSlot()));
            case Stmt.While w when YieldSearch.count(w.test()) == 0 -> new GeneratorLoopNode(null,
                            GeneratorRepeatingNode.whileLoop(expressions.translate(w.test()), body(w.body())),
                            translator.block(w.orelse()), -1, translator.newTempSlot());
            case Stmt.While w when w.orelse().isEmpty() -> whileYieldingTest(w);
            case Stmt.For f when f.isAsync() -> null;
            case Stmt.For f when YieldSearch.count(f.target()) == 0 && YieldSearch.count(f.iter()) == 0 -> forLoop(f,
                            expressions.translate(f.iter()));
            case Stmt.For f when YieldSearch.count(f.target()) == 0 -> hoisted(f.iter(), iter -> forLoop(f, iter));
            case Stmt.Try t when !t.handlers().stream().anyMatch(h -> YieldSearch.count(h.type()) > 0) ->
                tryStatement(t);
            case Stmt.With w when w.isAsync() -> null;
            case Stmt.With w when w.items().stream().allMatch(
                            i -> YieldSearch.count(i.contextExpr()) + YieldSearch.count(i.optionalVars()) == 0) -> null;
            case Stmt.With w when w.items().size() == 1 && YieldSearch.count(w.items().get(0).optionalVars()) == 0 ->
                hoisted(w.items().get(0).contextExpr(), manager -> translator.withStatement(manager,
                                w.items().get(0), w.body()));
            case Stmt.Match m when YieldSearch.count(m.subject()) == 0 && m.cases().stream().allMatch(
                            c -> YieldSearch.count(c.guard()) == 0) -> translator.matches().match(m,
                                            translator.newTempSlot());
            default -> throw translator.unsupported(stmt, "this use of yield in a generator");
        };
    }

    /** The part of a statement that builds on an expression holding a yield, given a read of its value. */
    private interface Rest {
        StatementNode build(ExpressionNode value);
    }

    /**
     * A statement whose header expression ({@code if}'s test, {@code for}'s iterable, a {@code with} manager) holds a
     * yield: the expression is evaluated first into a hidden slot, as a simple statement that may suspend, and the
     * statement proper reads it from there.
     */
    private StatementNode hoisted(Expr header, Rest rest) {
        int slot = translator.newTempSlot();
        StatementNode store;
        if (YieldSearch.count(header) == 1) {
            store = new TempStoreNode(expressions.translate(header), slot);
        } else {
            memoSlots = new ArrayList<>();
            try {
                StatementNode inner = new TempStoreNode(expressions.translate(header), slot);
                store = new MultiYieldStatementNode(inner, memoSlots.stream().mapToInt(Integer::intValue).toArray());
            } finally {
                memoSlots = null;
            }
        }
        return block(new StatementNode[]{store, rest.build(new ReadTempNode(slot))});
    }

    /**
     * {@code while test: body} whose test yields is {@code while True: t = test; if not t: break; body}, the test a
     * simple statement that may suspend.
     */
    private StatementNode whileYieldingTest(Stmt.While w) {
        StatementNode checked = hoisted(w.test(), test -> new IfNode(test, new PassNode(), new BreakNode()));
        StatementNode iteration = block(new StatementNode[]{checked, body(w.body())});
        return new GeneratorLoopNode(null, GeneratorRepeatingNode.whileLoop(new BooleanLiteralNode(true), iteration),
                        null, -1, translator.newTempSlot());
    }

    /** {@code async for}: a resumable loop that awaits {@code __anext__()} in its header. */
    StatementNode asyncFor(Stmt.For f) {
        ExpressionNode iterable = expressions.translate(f.iter());
        StatementNode target = assignments.store(f.target(), null);
        return new AsyncForNode(iterable, target, body(f.body()), translator.block(f.orelse()),
                        translator.newTempSlot(), translator.newTempSlot(), translator.newTempSlot());
    }

    /** {@code async with a as x, b as y: body} is {@code async with a as x: async with b as y: body}. */
    StatementNode asyncWith(List<WithItem> items, int index, List<Stmt> bodyStatements) {
        WithItem item = items.get(index);
        StatementNode inner = index + 1 < items.size() ? asyncWith(items, index + 1, bodyStatements)
                        : body(bodyStatements);
        StatementNode target = item.optionalVars() == null ? null : assignments.store(item.optionalVars(), null);
        int[] slots = new int[AsyncWithNode.SLOTS];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = translator.newTempSlot();
        }
        StatementNode node = new AsyncWithNode(expressions.translate(item.contextExpr()), target, inner, slots);
        translator.setSource(node, item.contextExpr().span());
        return node;
    }

    private StatementNode multiYield(Stmt stmt) {
        memoSlots = new ArrayList<>();
        try {
            StatementNode node = translator.build(stmt);
            return new MultiYieldStatementNode(node, memoSlots.stream().mapToInt(Integer::intValue).toArray());
        } finally {
            memoSlots = null;
        }
    }

    private int memoSlot() {
        if (memoSlots == null) {
            return -1;
        }
        int slot = translator.newTempSlot();
        memoSlots.add(slot);
        return slot;
    }

    /** A statement list holding a yield: resumable at the statement that yielded. */
    StatementNode block(StatementNode[] statements) {
        return new GeneratorBlockNode(statements, translator.newTempSlot());
    }

    private StatementNode forLoop(Stmt.For f, ExpressionNode iterable) {
        int iteratorSlot = translator.newTempSlot();
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
            result = t.isStar() ? new GeneratorTryStarNode(result, handlers, translator.block(t.orelse()),
                            translator.newTempSlot(), translator.newTempSlot())
                            : new GeneratorTryExceptNode(result, handlers, translator.block(t.orelse()),
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
        ExpressionNode value = y.value() == null ? null : expressions.translate(y.value());
        return new YieldNode(value, memoSlot(), inAsyncGenerator());
    }

    ExpressionNode await(Expr.Await a) {
        ExpressionNode value = expressions.translate(a.value());
        return YieldFromNode.await(value, GetAwaitableNode.Origin.AWAIT, translator.newTempSlot(), memoSlot());
    }

    ExpressionNode yieldFrom(Expr.YieldFrom y) {
        ExpressionNode value = expressions.translate(y.value());
        return new YieldFromNode(value, translator.newTempSlot(), memoSlot());
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
            String qualname = FunctionTranslator.qualname(scope, "<genexpr>");
            GeneratorExpressionNode node = new GeneratorExpressionNode(first, closure, freeSlots, function.build(),
                            root.getCallTarget(), iteratorSlot, qualname, GeneratorKind.of(true, scope.isCoroutine()),
                            generators.get(0).isAsync());
            node.setCode(genexprCode(scope, qualname, g.span().lineno(), root));
            return node;
        } finally {
            translator.exitFunction();
        }
    }

    private StatementNode loops(List<Comprehension> generators, int i, ExpressionNode iterable, Expr elt) {
        Comprehension g = generators.get(i);
        StatementNode target = assignments.store(g.target(), null);
        ExpressionNode[] conditions = expressions.translateAll(g.ifs());
        StatementNode body = i + 1 < generators.size()
                        ? loops(generators, i + 1, expressions.translate(generators.get(i + 1).iter()), elt)
                        : new ExpressionStatementNode(new YieldNode(expressions.translate(elt), -1, inAsyncGenerator()));
        return comprehensionLoop(g, iterable, target, conditions, body);
    }

    /** One {@code for}/{@code async for} of a comprehension, with its conditions, in resumable form. */
    StatementNode comprehensionLoop(Comprehension g, ExpressionNode iterable, StatementNode target,
                    ExpressionNode[] conditions, StatementNode innerBody) {
        StatementNode body = innerBody;
        for (int k = conditions.length - 1; k >= 0; k--) {
            body = new GeneratorIfNode(conditions[k], body, null, translator.newTempSlot());
        }
        if (g.isAsync()) {
            return new AsyncForNode(iterable, target, body, null, translator.newTempSlot(), translator.newTempSlot(),
                            translator.newTempSlot());
        }
        int iteratorSlot = translator.newTempSlot();
        return new GeneratorLoopNode(iterable, GeneratorRepeatingNode.forLoop(target, body, iteratorSlot), null,
                        iteratorSlot, translator.newTempSlot());
    }

    /** An inlined comprehension that suspends, in a statement with several yields, keeps its result for replay. */
    int comprehensionMemoSlot() {
        return memoSlot();
    }

    /** Yields inside a loop must not replay a memo: the memo slots are off until {@link #restoreMemo}. */
    List<Integer> suspendMemo() {
        List<Integer> saved = memoSlots;
        memoSlots = null;
        return saved;
    }

    void restoreMemo(List<Integer> saved) {
        memoSlots = saved;
    }
}
