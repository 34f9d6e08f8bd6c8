package taipan.frontend.translate;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import taipan.frontend.ast.Comprehension;
import taipan.frontend.ast.Expr;
import taipan.frontend.scope.NameScope;
import taipan.frontend.scope.Scope;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.ForNode;
import taipan.nodes.control.IfNode;
import taipan.nodes.generator.ComprehensionNode;
import taipan.nodes.generator.DictStoreNode;
import taipan.nodes.generator.ListAppendNode;
import taipan.nodes.generator.NamedExprNode;
import taipan.nodes.generator.SetAddNode;
import taipan.nodes.variable.InitCellNode;
import taipan.nodes.variable.ReadCellNode;
import taipan.nodes.variable.ReadGlobalNodeGen;
import taipan.nodes.variable.WriteCellNode;
import taipan.nodes.variable.ReadLocalNodeGen;
import taipan.nodes.variable.WriteGlobalNodeGen;
import taipan.nodes.variable.WriteLocalNodeGen;

/**
 * List, set and dict comprehensions, inlined in the enclosing frame as CPython 3.12+ does (PEP 709): no function object,
 * the first iterable evaluated in the enclosing scope, and the comprehension's own names in fresh hidden slots, so
 * they neither leak out nor clobber the enclosing variables of the same name. Also walrus ({@code :=}).
 */
final class ComprehensionTranslator {

    /** An inlined comprehension being translated: its scope and the slots of the names it binds. */
    record Inlined(Scope scope, Map<String, Integer> slots) {
    }

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final AssignmentTranslator assignments;
    /** The comprehensions enclosing the expression being translated, innermost first. */
    private ArrayDeque<Inlined> active = new ArrayDeque<>();

    ComprehensionTranslator(Translator translator, ExpressionTranslator expressions, AssignmentTranslator assignments) {
        this.translator = translator;
        this.expressions = expressions;
        this.assignments = assignments;
    }

    ExpressionNode listComp(Expr.ListComp c) {
        return inline(c, c.generators(), ComprehensionNode.Kind.LIST,
                        slot -> new ListAppendNode(expressions.translate(c.elt()), slot));
    }

    ExpressionNode setComp(Expr.SetComp c) {
        return inline(c, c.generators(), ComprehensionNode.Kind.SET,
                        slot -> new SetAddNode(expressions.translate(c.elt()), slot));
    }

    ExpressionNode dictComp(Expr.DictComp c) {
        return inline(c, c.generators(), ComprehensionNode.Kind.DICT,
                        slot -> new DictStoreNode(expressions.translate(c.key()), expressions.translate(c.value()), slot));
    }

    /** {@code name := value}: binds where the name lives (inside a comprehension: the enclosing function's scope). */
    ExpressionNode namedExpr(Expr.NamedExpr n) {
        ExpressionNode value = expressions.translate(n.value());
        if (!(n.target() instanceof Expr.Name name)) {
            throw translator.unsupported(n.target());
        }
        return new NamedExprNode(value, translator.writeName(name.id(), null));
    }

    private ExpressionNode inline(Expr node, List<Comprehension> generators, ComprehensionNode.Kind kind,
                    IntFunction<StatementNode> innermost) {
        Scope scope = translator.scopes().scopeOf(node);
        ExpressionNode firstIterable = expressions.translate(generators.get(0).iter());
        int resultSlot = translator.newTempSlot();
        // in a coroutine, an async for or an await inside makes the loops suspend: their resumable forms
        boolean resumable = YieldSearch.count(node) > YieldSearch.count(generators.get(0).iter());
        int memoSlot = resumable ? translator.generators().comprehensionMemoSlot() : -1;
        Inlined inlined = new Inlined(scope, new HashMap<>());
        active.push(inlined);
        List<Integer> memo = translator.generators().suspendMemo();
        try {
            StatementNode loops = loops(generators, 0, firstIterable, resultSlot, innermost, resumable);
            StatementNode[] cells = cells(inlined);
            int[] variables = inlined.slots().values().stream().mapToInt(Integer::intValue).toArray();
            return new ComprehensionNode(cells, loops, resultSlot, kind, resumable, memoSlot).withVariableSlots(variables);
        } finally {
            translator.generators().restoreMemo(memo);
            active.pop();
        }
    }

    /**
     * The {@code for}/{@code if} nest of generators {@code i} and inward, around the innermost step. Each loop is an
     * ordinary {@link ForNode}; its iterable is evaluated inside the loops enclosing it.
     */
    StatementNode loops(List<Comprehension> generators, int i, ExpressionNode iterable, int resultSlot,
                    IntFunction<StatementNode> innermost, boolean resumable) {
        Comprehension g = generators.get(i);
        StatementNode target = assignments.store(g.target(), null);
        List<Expr> ifs = g.ifs();
        ExpressionNode[] conditions = expressions.translateAll(ifs);
        StatementNode body = i + 1 < generators.size()
                        ? loops(generators, i + 1, expressions.translate(generators.get(i + 1).iter()), resultSlot,
                                        innermost, resumable)
                        : innermost.apply(resultSlot);
        if (resumable) {
            return translator.generators().comprehensionLoop(g, iterable, target, conditions, body);
        }
        for (int k = conditions.length - 1; k >= 0; k--) {
            body = new IfNode(conditions[k], body, null);
            translator.setSource(body, ifs.get(k).span());
        }
        return new ForNode(iterable, target, body, null, translator.newTempSlot());
    }

    /**
     * The comprehension's variables captured by a nested scope get a fresh cell each time it runs, as CPython's
     * {@code MAKE_CELL} at the start of the inlined code.
     */
    private StatementNode[] cells(Inlined c) {
        return c.scope().cellvars().stream().map(id -> new InitCellNode(slot(c, id), null))
                        .toArray(StatementNode[]::new);
    }

    /** The slot of the cell that holds {@code id} if an enclosing inlined comprehension captures it, else null. */
    Integer cellSlot(String id) {
        for (Inlined c : active) {
            NameScope s = c.scope().scope(id);
            if (s == NameScope.CELL) {
                return slot(c, id);
            } else if (s != null && s != NameScope.FREE) {
                return null;
            }
        }
        return null;
    }

    /** A read of {@code id} bound by an enclosing inlined comprehension (or global to it), else null. */
    ExpressionNode read(String id) {
        for (Inlined c : active) {
            NameScope s = c.scope().scope(id);
            if (s == NameScope.LOCAL) {
                return ReadLocalNodeGen.create(slot(c, id), id);
            } else if (s == NameScope.GLOBAL_EXPLICIT || s == NameScope.GLOBAL_IMPLICIT) {
                return translator.implicitGlobalRead(id, s == NameScope.GLOBAL_IMPLICIT);
            } else if (s == NameScope.CELL) {
                return new ReadCellNode(slot(c, id), id, false);
            }
        }
        return null;
    }

    /** A store to {@code id} bound by an enclosing inlined comprehension (or global to it), else null. */
    StatementNode write(String id, ExpressionNode value) {
        for (Inlined c : active) {
            NameScope s = c.scope().scope(id);
            if (s == NameScope.LOCAL) {
                return WriteLocalNodeGen.create(value, slot(c, id));
            } else if (s == NameScope.GLOBAL_EXPLICIT || s == NameScope.GLOBAL_IMPLICIT) {
                return WriteGlobalNodeGen.create(value, translator.name(id));
            } else if (s == NameScope.CELL) {
                return new WriteCellNode(slot(c, id), value);
            }
        }
        return null;
    }

    private int slot(Inlined c, String id) {
        return c.slots().computeIfAbsent(id, translator::newLocalSlot);
    }

    /** Entering a nested function: its names resolve afresh; returns what {@link #restore} puts back. */
    ArrayDeque<Inlined> suspend() {
        ArrayDeque<Inlined> saved = active;
        active = new ArrayDeque<>();
        return saved;
    }

    void restore(ArrayDeque<Inlined> saved) {
        active = saved;
    }
}
