package taipan.frontend.translate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.WithItem;
import taipan.frontend.scope.NameScope;
import taipan.frontend.scope.Scope;
import taipan.frontend.scope.ScopeInfo;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.PythonSourceNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.BreakNode;
import taipan.nodes.control.ContinueNode;
import taipan.nodes.control.IfNode;
import taipan.nodes.control.ExceptHandlerNode;
import taipan.nodes.control.ForNode;
import taipan.nodes.control.RaiseNode;
import taipan.nodes.control.ReraiseNode;
import taipan.nodes.control.TryExceptNode;
import taipan.nodes.control.TryFinallyNode;
import taipan.nodes.control.TryStarNode;
import taipan.nodes.control.WhileNode;
import taipan.nodes.root.ModuleRootNode;
import taipan.nodes.statement.AssertNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.statement.WithNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.variable.DeleteCellNode;
import taipan.nodes.variable.ReadCellNode;
import taipan.nodes.variable.DeleteGlobalNodeGen;
import taipan.nodes.variable.DeleteNameNode;
import taipan.nodes.variable.ReadNameNode;
import taipan.nodes.variable.WriteNameNode;
import taipan.nodes.statement.PrintExprNode;
import taipan.nodes.root.CodeRootNode;
import taipan.nodes.variable.DeleteLocalNode;
import taipan.nodes.variable.ReadGlobalNodeGen;
import taipan.nodes.variable.ReadLocalNodeGen;
import taipan.nodes.variable.WriteCellNode;
import taipan.nodes.variable.WriteGlobalNodeGen;
import taipan.nodes.variable.WriteLocalNodeGen;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.str.PyStrings;

/**
 * Builds the executable Truffle tree of a parsed module, with the names resolved by scope analysis: module-level
 * and global names live in the module's namespace, a function's locals in frame slots, captured ones in cells.
 */
public final class Translator {

    private final TaipanLanguage language;
    private final Source source;
    private final SourceSections sections;
    private final ExpressionTranslator expressions = new ExpressionTranslator(this);
    private final AssignmentTranslator assignments = new AssignmentTranslator(this, expressions);
    private final ImportTranslator imports = new ImportTranslator(this);
    private final MatchTranslator matches = new MatchTranslator(this, expressions);
    private final ComprehensionTranslator comprehensions = new ComprehensionTranslator(this, expressions, assignments);
    private final FunctionTranslator functions;
    private final GeneratorTranslator generators;
    private final ClassTranslator classes;
    private final TypeParamTranslator typeParams;
    private final StaticAttributes staticAttributes = new StaticAttributes();
    private final AnnotationTranslator annotations;
    /** Names as Python strs, one instance per name, so namespace lookups compare keys by identity first. */
    private final Map<String, TruffleString> names = new HashMap<>();

    private final ScopeInfo scopes;
    /** The frame slot of the locals mapping of code made by {@code compile()}; -1 for a module's own code. */
    private int namespaceSlot = -1;
    /** {@code single} mode: module-level expression statements print their value. */
    private boolean interactive;
    /** The function being translated, or null at module level (where every name is global). */
    private FunctionScope function;
    /** The innermost enclosing class name, for private name mangling; null outside classes. */
    private String privateName;
    /** The module frame's layout: the globals slot and the hidden slots of {@code except} clauses. */
    private final FrameDescriptor.Builder moduleFrame = PythonFrame.newDescriptorBuilder();
    /** The slots of the {@code except} clauses enclosing the statement being translated, innermost first. */
    private ArrayDeque<Integer> handlerSlots = new ArrayDeque<>();
    /** The translation state of the functions enclosing the one being translated. */
    private final ArrayDeque<Object[]> outerFunctions = new ArrayDeque<>();

    /** CPython's optimization level: 1 removes asserts and makes {@code __debug__} False, 2 also docstrings. */
    private final int optimize;

    public Translator(TaipanLanguage language, Source source, ScopeInfo scopes, int optimize) {
        this.language = language;
        this.optimize = optimize;
        this.source = source;
        this.scopes = scopes;
        this.sections = new SourceSections(source);
        this.functions = new FunctionTranslator(this, expressions, language);
        this.generators = new GeneratorTranslator(this, expressions, assignments, language);
        this.classes = new ClassTranslator(this, expressions, language);
        this.typeParams = new TypeParamTranslator(this, expressions, language);
        this.annotations = new AnnotationTranslator(this, expressions);
    }

    /** Whether docstrings are kept ({@code __doc__} of modules, classes and functions): not under {@code -OO}. */
    boolean keepsDocstrings() {
        return optimize < 2;
    }

    /**
     * The root node that runs {@code module}'s body in the {@code __main__} namespace. An embedder's interactive
     * source (a REPL's input) shows each top-level expression's value through {@code sys.displayhook}, as CPython's
     * interactive mode does, so it reaches the context's stdout; such an eval returns None.
     */
    public ModuleRootNode translateModule(Mod.Module module) {
        interactive = source.isInteractive();
        BlockNode body = moduleBody(module); // first: it adds the module frame's hidden slots
        return new ModuleRootNode(language, moduleFrame.build(), body, source.createSection(0, source.getLength()),
                        resultSlot);
    }

    /**
     * The root of a code object made by {@code compile()}: module-level names are CPython's {@code LOAD_NAME}/
     * {@code STORE_NAME}, looked up in the locals mapping first when {@code exec}/{@code eval} passes one.
     */
    public CodeRootNode translateCode(Mod mod) {
        namespaceSlot = moduleFrame.addSlot(FrameSlotKind.Object, "__locals__", null);
        StatementNode body = null;
        ExpressionNode expression = null;
        switch (mod) {
            case Mod.Module m -> body = moduleBody(m);
            case Mod.Expression e -> expression = expressions.translate(e.body());
            case Mod.Interactive i -> {
                interactive = true;
                body = new BlockNode(translateStatements(i.body()), true);
                ((BlockNode) body).setSourceSection(0, source.getLength());
            }
            case Mod.FunctionType f -> throw new UnsupportedSyntaxException("func_type mode", null);
        }
        return new CodeRootNode(language, moduleFrame.build(), namespaceSlot, body, expression,
                        source.createSection(0, source.getLength()));
    }

    private BlockNode moduleBody(Mod.Module module) {
        functions.setFutureAnnotations(FunctionTranslator.hasFutureAnnotations(module.body()));
        StatementNode[] statements = translateStatements(module.body());
        keepLastValue(statements);
        if (keepsDocstrings() && !interactive && docstring(module.body()) != null) {
            // CPython stores a module's docstring in __doc__ before its first statement runs
            StatementNode doc = writeName("__doc__", expressions.translate(((Stmt.ExprStmt) module.body().get(0)).value()));
            setSource(doc, module.body().get(0).span());
            doc.markSourceStatement();
            statements[0] = doc;
        }
        StatementNode setup = AnnotationTranslator.setup(module.body(), -1);
        if (setup != null) {
            StatementNode[] withSetup = new StatementNode[statements.length + 1];
            withSetup[0] = setup;
            System.arraycopy(statements, 0, withSetup, 1, statements.length);
            statements = withSetup;
        }
        BlockNode body = new BlockNode(statements, true);
        body.setSourceSection(0, source.getLength());
        return body;
    }

    /** The module frame's slot for the last expression statement's value (what an embedder's eval returns), or -1. */
    private int resultSlot = -1;

    private void keepLastValue(StatementNode[] statements) {
        if (statements.length > 0 && statements[statements.length - 1] instanceof ExpressionStatementNode last) {
            resultSlot = moduleFrame.addSlot(com.oracle.truffle.api.frame.FrameSlotKind.Object, "__result__", null);
            statements[statements.length - 1] = last.keepingResult(resultSlot);
        }
    }

    /** The docstring of a body: its first statement when that is a str literal, else null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                        && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    StatementNode[] translateStatements(List<Stmt> statements) {
        List<StatementNode> nodes = new ArrayList<>(statements.size());
        for (Stmt s : statements) {
            nodes.add(translate(s));
        }
        return nodes.toArray(new StatementNode[0]);
    }

    StatementNode block(List<Stmt> statements) {
        if (statements == null || statements.isEmpty()) {
            return null;
        } else if (statements.size() > 1 && inGenerator() && YieldSearch.count(statements) > 0) {
            return generators.block(translateStatements(statements));
        }
        return statements.size() == 1 ? translate(statements.get(0))
                        : new BlockNode(translateStatements(statements), false);
    }

    private StatementNode translate(Stmt stmt) {
        // -O compiles an assert to nothing, its test and message unevaluated
        StatementNode node = stmt instanceof Stmt.Assert && optimize > 0 ? new PassNode()
                        : inGenerator() ? generators.statement(stmt) : null;
        if (node == null) {
            node = build(stmt);
        }
        setSource(node, stmt.span());
        node.markSourceStatement();
        return node;
    }

    StatementNode build(Stmt stmt) {
        return switch (stmt) {
            case Stmt.ExprStmt e when interactive && function == null -> new PrintExprNode(expressions.translate(e.value()));
            case Stmt.ExprStmt e -> new ExpressionStatementNode(expressions.translate(e.value()));
            case Stmt.Assign a -> assignments.assign(a.targets(), expressions.translate(a.value()));
            case Stmt.AnnAssign a -> annotations.annAssign(a, assignments);
            case Stmt.AugAssign a -> assignments.augAssign(a);
            case Stmt.If i -> new IfNode(expressions.translate(i.test()), block(i.body()), block(i.orelse()));
            case Stmt.While w -> new WhileNode(expressions.translate(w.test()), block(w.body()), block(w.orelse()));
            case Stmt.Pass p -> new PassNode();
            case Stmt.Global g -> new PassNode();
            case Stmt.Nonlocal n -> new PassNode();
            case Stmt.Raise r when r.exc() != null -> new RaiseNode(expressions.translate(r.exc()),
                            r.cause() == null ? null : expressions.translate(r.cause()));
            case Stmt.Raise r -> new ReraiseNode(handlerSlots.isEmpty() ? -1 : handlerSlots.peek());
            case Stmt.Try t -> tryStatement(t);
            case Stmt.For f when !f.isAsync() -> new ForNode(expressions.translate(f.iter()),
                            assignments.store(f.target(), null), orEmpty(block(f.body())), block(f.orelse()),
                            newTempSlot());
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expressions.translate(r.value()));
            case Stmt.FunctionDef f -> writeName(f.name(), functions.functionDef(f));
            case Stmt.TypeAlias t -> typeParams.typeAlias(t);
            case Stmt.ClassDef c -> writeName(c.name(), classes.classDef(c));
            case Stmt.Import i -> imports.importNames(i);
            case Stmt.ImportFrom i when ImportTranslator.isSupported(i) -> imports.importFrom(i);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Delete d -> assignments.delete(d.targets());
            case Stmt.Match m -> matches.match(m);
            case Stmt.With w when !w.isAsync() -> withStatement(w.items(), 0, w.body());
            case Stmt.With w -> generators.asyncWith(w.items(), 0, w.body());
            case Stmt.For f -> generators.asyncFor(f);
            case Stmt.Assert a -> new AssertNode(expressions.translate(a.test()),
                            a.msg() == null ? null : expressions.translate(a.msg()));
            case Stmt.Continue c -> new ContinueNode();
            default -> throw unsupported(stmt);
        };
    }

    /** A read of {@code id} where it lives: a frame slot or a cell for a function's variable, else the globals. */
    ExpressionNode readName(String name, Node where) {
        if (name.equals("__debug__")) {
            return new taipan.nodes.literal.BooleanLiteralNode(optimize == 0); // a constant to CPython's compiler
        }
        String id = mangle(name);
        ExpressionNode inComprehension = comprehensions.read(id);
        if (inComprehension != null) {
            return inComprehension;
        }
        if (function != null && function.scope().canSeeClassScope() && !id.equals("__classdict__")) {
            NameScope scope = function.scope().scope(id);
            if (scope == NameScope.GLOBAL_IMPLICIT || scope == NameScope.FREE) {
                // an annotation scope in a class body sees the class namespace first (LOAD_FROM_DICT_OR_*)
                return new taipan.nodes.typing.ReadFromClassDictNode(readName("__classdict__", where), id,
                                scope == NameScope.FREE ? new ReadCellNode(function.slot(id), id, true)
                                                : ReadGlobalNodeGen.create(name(id)));
            }
        }
        if (function != null && function.isClassBody() && isClassLocal(id)) {
            return classes.readName(function, id);
        }
        if (function != null) {
            NameScope scope = function.scope().scope(id);
            if (scope == NameScope.LOCAL && !function.isCell(id)) {
                return ReadLocalNodeGen.create(function.slot(id), id);
            } else if (scope == NameScope.CELL || scope == NameScope.FREE || scope == NameScope.LOCAL) {
                return new ReadCellNode(function.slot(id), id, scope == NameScope.FREE);
            }
        }
        if (usesNamespace(id)) {
            return new ReadNameNode(namespaceSlot, name(id), ReadGlobalNodeGen.create(name(id)));
        }
        return ReadGlobalNodeGen.create(name(id));
    }

    /** A store to {@code id}; {@code value} is null when the caller passes the value ({@link WriteNode}). */
    StatementNode writeName(String name, ExpressionNode value) {
        String id = mangle(name);
        StatementNode inComprehension = comprehensions.write(id, value);
        if (inComprehension != null) {
            return inComprehension;
        }
        if (function != null && function.isClassBody() && function.scope().scope(id) == NameScope.LOCAL) {
            return classes.writeName(function, id, value);
        }
        if (function != null) {
            NameScope scope = function.scope().scope(id);
            if (scope == NameScope.LOCAL && !function.isCell(id)) {
                return WriteLocalNodeGen.create(value, function.slot(id));
            } else if (scope == NameScope.CELL || scope == NameScope.FREE || scope == NameScope.LOCAL) {
                return new WriteCellNode(function.slot(id), value);
            }
        }
        if (usesNamespace(id)) {
            return new WriteNameNode(namespaceSlot, name(id), value);
        }
        return WriteGlobalNodeGen.create(value, name(id));
    }

    /** A global read from an inlined comprehension: {@code LOAD_NAME} at the module level of compile()d code. */
    ExpressionNode implicitGlobalRead(String id, boolean implicit) {
        if (implicit && usesNamespace(id)) {
            return new ReadNameNode(namespaceSlot, name(id), ReadGlobalNodeGen.create(name(id)));
        }
        return ReadGlobalNodeGen.create(name(id));
    }

    /** Whether {@code id} is a module-level name of compile()d code, looked up in the locals mapping first. */
    private boolean usesNamespace(String id) {
        return namespaceSlot >= 0 && function == null && scopes.module().scope(id) != NameScope.GLOBAL_EXPLICIT;
    }

    /** Names a class body reads by {@code LOAD_NAME}: its own and the implicit globals. */
    private boolean isClassLocal(String id) {
        NameScope scope = function.scope().scope(id);
        return scope == NameScope.LOCAL || scope == NameScope.GLOBAL_IMPLICIT || scope == null;
    }

    /** {@code del id} where it lives: a frame slot or a cell for a function's variable, else the globals. */
    StatementNode deleteName(String name, Node where) {
        String id = mangle(name);
        if (function != null && function.isClassBody() && function.scope().scope(id) == NameScope.LOCAL) {
            return new taipan.nodes.classes.DeleteClassNameNode(function.classNamespaceSlot(), id);
        }
        if (function != null) {
            NameScope scope = function.scope().scope(id);
            if (scope == NameScope.LOCAL && !function.isCell(id)) {
                return new DeleteLocalNode(function.slot(id), id);
            } else if (scope == NameScope.CELL || scope == NameScope.FREE || scope == NameScope.LOCAL) {
                return new DeleteCellNode(function.slot(id), id, scope == NameScope.FREE);
            }
        }
        if (usesNamespace(id)) {
            return new DeleteNameNode(namespaceSlot, name(id));
        }
        return DeleteGlobalNodeGen.create(name(id));
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    private StatementNode withStatement(List<WithItem> items, int index, List<Stmt> body) {
        WithItem item = items.get(index);
        StatementNode inner = index + 1 < items.size() ? withStatement(items, index + 1, body) : orEmpty(block(body));
        return withItem(expressions.translate(item.contextExpr()), item, inner, YieldSearch.count(body) > 0);
    }

    /** A one-item {@code with} whose manager is already translated (a generator's hoisted header). */
    StatementNode withStatement(ExpressionNode manager, WithItem item, List<Stmt> body) {
        return withItem(manager, item, orEmpty(block(body)), YieldSearch.count(body) > 0);
    }

    private StatementNode withItem(ExpressionNode manager, WithItem item, StatementNode inner, boolean bodyYields) {
        StatementNode target = item.optionalVars() == null ? null : assignments.store(item.optionalVars(), null);
        boolean resumable = inGenerator() && bodyYields;
        StatementNode node = new WithNode(manager, target, inner,
                        resumable ? newTempSlot() : -1, resumable ? newTempSlot() : -1);
        setSource(node, item.contextExpr().span());
        return node;
    }

    private StatementNode tryStatement(Stmt.Try t) {
        StatementNode result = block(t.body());
        if (result == null) {
            result = new PassNode();
        }
        if (!t.handlers().isEmpty()) {
            ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                handlers[i] = handler(t.handlers().get(i));
            }
            result = t.isStar() ? new TryStarNode(result, handlers, block(t.orelse()))
                            : new TryExceptNode(result, handlers, block(t.orelse()));
        }
        StatementNode finalbody = block(t.finalbody());
        return finalbody == null ? result : new TryFinallyNode(result, finalbody);
    }

    /** A hidden frame slot (a loop's iterator, the exception an {@code except} clause handles). */
    int newTempSlot() {
        return function != null ? function.tempSlot() : moduleFrame.addSlot(FrameSlotKind.Object, null, null);
    }

    /** A hidden slot for a variable (an inlined comprehension's), typed by what it holds like any local. */
    int newLocalSlot(String id) {
        return function != null ? function.hiddenSlot(id) : moduleFrame.addSlot(FrameSlotKind.Illegal, id, null);
    }

    /** Whether a generator's body is being translated (its yields need resumable statements around them). */
    private boolean inGenerator() {
        return function != null && GeneratorTranslator.isResumable(function.scope());
    }

    MatchTranslator matches() {
        return matches;
    }

    GeneratorTranslator generators() {
        return generators;
    }

    ComprehensionTranslator comprehensions() {
        return comprehensions;
    }

    private static StatementNode orEmpty(StatementNode node) {
        return node == null ? new PassNode() : node;
    }

    ExceptHandlerNode handler(ExceptHandler h) {
        int slot = newTempSlot();
        ExpressionNode type = h.type() == null ? null : expressions.translate(h.type());
        StatementNode bind = h.name() == null ? null : writeName(h.name(), null);
        StatementNode unbind = h.name() == null ? null : deleteName(h.name(), h);
        handlerSlots.push(slot);
        try {
            StatementNode body = block(h.body());
            return new ExceptHandlerNode(type, bind, unbind, body == null ? new PassNode() : body, slot);
        } finally {
            handlerSlots.pop();
        }
    }

    /** {@code __x} inside class {@code C} (its body and the functions in it) is {@code _C__x}, as the scopes have it. */
    String mangle(String id) {
        return taipan.frontend.scope.Mangling.mangle(privateName, id);
    }

    /** Entering a class body: private names mangle with its name from now on; returns the previous one. */
    String enterPrivateName(String className) {
        String saved = privateName;
        privateName = className;
        return saved;
    }

    void exitPrivateName(String saved) {
        privateName = saved;
    }

    /** Starts translating a function body: names now resolve in {@code scope}, with fresh frame slots. */
    FunctionScope enterFunction(Scope scope) {
        outerFunctions.push(new Object[]{function, handlerSlots, comprehensions.suspend(), privateName});
        if (scope.type() == taipan.frontend.scope.BlockType.CLASS) {
            privateName = scope.name();
        }
        function = new FunctionScope(scope);
        handlerSlots = new ArrayDeque<>();
        return function;
    }

    @SuppressWarnings("unchecked")
    void exitFunction() {
        Object[] outer = outerFunctions.pop();
        function = (FunctionScope) outer[0];
        handlerSlots = (ArrayDeque<Integer>) outer[1];
        comprehensions.restore((ArrayDeque<ComprehensionTranslator.Inlined>) outer[2]);
        privateName = (String) outer[3];
    }

    /** The function being translated, or null at module level. */
    FunctionScope currentFunction() {
        return function;
    }

    ClassTranslator classes() {
        return classes;
    }

    StaticAttributes staticAttributes() {
        return staticAttributes;
    }

    TypeParamTranslator typeParams() {
        return typeParams;
    }

    FunctionTranslator functions() {
        return functions;
    }

    /** The file name code objects report ({@code co_filename}). */
    String sourcePath() {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    ScopeInfo scopes() {
        return scopes;
    }

    com.oracle.truffle.api.source.SourceSection section(Span span) {
        int start = sections.startIndex(span);
        return source.createSection(start, sections.length(span, start));
    }

    TruffleString name(String id) {
        return names.computeIfAbsent(id, PyStrings::of);
    }

    void setSource(PythonSourceNode node, Span span) {
        if (span != null) {
            int start = sections.startIndex(span);
            node.setSourceSection(start, sections.length(span, start));
        }
    }

    UnsupportedSyntaxException unsupported(Node node) {
        String kind = node.getClass().getSimpleName();
        return new UnsupportedSyntaxException(kind, node);
    }

    UnsupportedSyntaxException unsupported(Node node, String what) {
        return new UnsupportedSyntaxException(what, node);
    }
}
