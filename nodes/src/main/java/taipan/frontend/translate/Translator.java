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

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.ExceptHandler;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
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
import taipan.nodes.control.WhileNode;
import taipan.nodes.expression.BinaryExpressionNode;
import taipan.nodes.root.ModuleRootNode;
import taipan.nodes.statement.AssignMultipleNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.function.FunctionRootNode;
import taipan.nodes.function.MakeFunctionNode;
import taipan.nodes.function.ReadArgumentNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.variable.ReadGlobalNodeGen;
import taipan.nodes.variable.ReadLocalNodeGen;
import taipan.nodes.variable.WriteGlobalNodeGen;
import taipan.nodes.variable.WriteLocalNodeGen;
import taipan.nodes.variable.WriteNode;
import taipan.nodes.module.ImportFromNodeGen;
import taipan.nodes.module.ImportNativeModuleNode;
import taipan.frontend.ast.Alias;
import taipan.runtime.function.PCode;
import taipan.runtime.function.Signature;
import taipan.runtime.str.PyStrings;

/**
 * Builds the executable Truffle tree of a parsed module, with the names resolved by scope analysis: module-level
 * and global names live in the module's namespace, a function's locals in frame slots (closures come later).
 */
public final class Translator {

    private final TaipanLanguage language;
    private final Source source;
    private final SourceSections sections;
    private final ExpressionTranslator expressions = new ExpressionTranslator(this);
    /** Names as Python strs, one instance per name, so namespace lookups compare keys by identity first. */
    private final Map<String, TruffleString> names = new HashMap<>();

    private final ScopeInfo scopes;
    /** The function being translated, or null at module level (where every name is global). */
    private FunctionScope function;
    /** The module frame's layout: the globals slot and the hidden slots of {@code except} clauses. */
    private final FrameDescriptor.Builder moduleFrame = PythonFrame.newDescriptorBuilder();
    /** The slots of the {@code except} clauses enclosing the statement being translated, innermost first. */
    private ArrayDeque<Integer> handlerSlots = new ArrayDeque<>();

    public Translator(TaipanLanguage language, Source source, ScopeInfo scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.sections = new SourceSections(source);
    }

    /** The root node that runs {@code module}'s body in the {@code __main__} namespace. */
    public ModuleRootNode translateModule(Mod.Module module) {
        BlockNode body = new BlockNode(translateStatements(module.body()), true);
        body.setSourceSection(0, source.getLength());
        return new ModuleRootNode(language, moduleFrame.build(), body,
                        source.createSection(0, source.getLength()));
    }

    StatementNode[] translateStatements(List<Stmt> statements) {
        List<StatementNode> nodes = new ArrayList<>(statements.size());
        for (Stmt s : statements) {
            nodes.add(translate(s));
        }
        return nodes.toArray(new StatementNode[0]);
    }

    private StatementNode block(List<Stmt> statements) {
        if (statements == null || statements.isEmpty()) {
            return null;
        }
        return statements.size() == 1 ? translate(statements.get(0))
                        : new BlockNode(translateStatements(statements), false);
    }

    private StatementNode translate(Stmt stmt) {
        StatementNode node = build(stmt);
        setSource(node, stmt.span());
        return node;
    }

    private StatementNode build(Stmt stmt) {
        return switch (stmt) {
            case Stmt.ExprStmt e -> new ExpressionStatementNode(expressions.translate(e.value()));
            case Stmt.Assign a -> assign(a.targets(), expressions.translate(a.value()));
            case Stmt.AnnAssign a when a.value() != null -> assign(List.of(a.target()), expressions.translate(a.value()));
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.If i -> new IfNode(expressions.translate(i.test()), block(i.body()), block(i.orelse()));
            case Stmt.While w -> new WhileNode(expressions.translate(w.test()), block(w.body()), block(w.orelse()));
            case Stmt.Pass p -> new PassNode();
            case Stmt.Global g -> new PassNode();
            case Stmt.Raise r when r.exc() != null -> new RaiseNode(expressions.translate(r.exc()),
                            r.cause() == null ? null : expressions.translate(r.cause()));
            case Stmt.Raise r -> new ReraiseNode(handlerSlots.isEmpty() ? -1 : handlerSlots.peek());
            case Stmt.Try t when !t.isStar() -> tryStatement(t);
            case Stmt.For f when !f.isAsync() -> new ForNode(expressions.translate(f.iter()),
                            writeName(targetName(f.target()), null), orEmpty(block(f.body())), block(f.orelse()),
                            newTempSlot());
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expressions.translate(r.value()));
            case Stmt.FunctionDef f when isSupported(f) -> writeName(f.name(), functionDef(f));
            case Stmt.Import i -> importNames(i);
            case Stmt.ImportFrom i when i.level() == 0 && i.module() != null && isNamed(i.names()) -> importFrom(i);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            default -> throw unsupported(stmt);
        };
    }

    /** {@code import a, b as c}: native modules only; a dotted name needs packages, which come later. */
    private StatementNode importNames(Stmt.Import i) {
        StatementNode[] binds = new StatementNode[i.names().size()];
        for (int k = 0; k < binds.length; k++) {
            Alias alias = i.names().get(k);
            if (alias.name().indexOf('.') >= 0) {
                throw unsupported(i, "dotted imports");
            }
            ExpressionNode module = new ImportNativeModuleNode(alias.name());
            setSource(module, alias.span());
            binds[k] = writeName(alias.asname() == null ? alias.name() : alias.asname(), module);
            setSource(binds[k], alias.span());
        }
        return binds.length == 1 ? binds[0] : new BlockNode(binds, false);
    }

    /** {@code from module import a, b as c}; each name is read from the module once it is imported. */
    private StatementNode importFrom(Stmt.ImportFrom i) {
        if (i.module().indexOf('.') >= 0) {
            throw unsupported(i, "dotted imports");
        }
        StatementNode[] binds = new StatementNode[i.names().size()];
        for (int k = 0; k < binds.length; k++) {
            Alias alias = i.names().get(k);
            ExpressionNode module = new ImportNativeModuleNode(i.module());
            setSource(module, i.span());
            ExpressionNode value = ImportFromNodeGen.create(module, name(alias.name()));
            setSource(value, alias.span());
            binds[k] = writeName(alias.asname() == null ? alias.name() : alias.asname(), value);
            setSource(binds[k], alias.span());
        }
        return binds.length == 1 ? binds[0] : new BlockNode(binds, false);
    }

    /** {@code from m import *} needs a module's public names, which come later. */
    private static boolean isNamed(List<Alias> names) {
        return names.stream().noneMatch(a -> a.name().equals("*"));
    }

    private StatementNode assign(List<Expr> targets, ExpressionNode value) {
        if (targets.size() == 1) {
            return writeName(targetName(targets.get(0)), value);
        }
        StatementNode[] writes = new StatementNode[targets.size()];
        for (int i = 0; i < writes.length; i++) {
            writes[i] = writeName(targetName(targets.get(i)), null);
        }
        return new AssignMultipleNode(value, writes);
    }

    private StatementNode augAssign(Stmt.AugAssign a) {
        String id = targetName(a.target());
        ExpressionNode read = readName(id, a.target());
        setSource(read, a.target().span());
        ExpressionNode value = new BinaryExpressionNode(read, expressions.translate(a.value()),
                        ExpressionTranslator.binaryOp(a.op()));
        setSource(value, a.span());
        return writeName(id, value);
    }

    /** A read of {@code id} where it lives: a frame slot for a function's local, else the globals. */
    ExpressionNode readName(String id, Node where) {
        if (function != null) {
            switch (function.scope().scope(id)) {
                case LOCAL:
                    return ReadLocalNodeGen.create(function.slot(id), id);
                case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT:
                    break;
                default:
                    throw unsupported(where, "closures");
            }
        }
        return ReadGlobalNodeGen.create(name(id));
    }

    /** A store to {@code id}; {@code value} is null when the caller passes the value ({@link WriteNode}). */
    private StatementNode writeName(String id, ExpressionNode value) {
        if (function != null && function.scope().scope(id) == NameScope.LOCAL) {
            return WriteLocalNodeGen.create(value, function.slot(id));
        } else if (function != null && function.scope().scope(id) != NameScope.GLOBAL_EXPLICIT) {
            throw new UnsupportedSyntaxException("closures", null);
        }
        return WriteGlobalNodeGen.create(value, name(id));
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
            result = new TryExceptNode(result, handlers, block(t.orelse()));
        }
        StatementNode finalbody = block(t.finalbody());
        return finalbody == null ? result : new TryFinallyNode(result, finalbody);
    }

    /** A hidden frame slot (a loop's iterator, the exception an {@code except} clause handles). */
    private int newTempSlot() {
        return function != null ? function.tempSlot() : moduleFrame.addSlot(FrameSlotKind.Object, null, null);
    }

    private static StatementNode orEmpty(StatementNode node) {
        return node == null ? new PassNode() : node;
    }

    private ExceptHandlerNode handler(ExceptHandler h) {
        int slot = newTempSlot();
        ExpressionNode type = h.type() == null ? null : expressions.translate(h.type());
        StatementNode bind = h.name() == null ? null : writeName(h.name(), null);
        handlerSlots.push(slot);
        try {
            StatementNode body = block(h.body());
            return new ExceptHandlerNode(type, bind, body == null ? new PassNode() : body, slot);
        } finally {
            handlerSlots.pop();
        }
    }

    private static boolean isSupported(Stmt.FunctionDef f) {
        Arguments a = f.args();
        return !f.isAsync() && f.decoratorList().isEmpty() && f.typeParams().isEmpty() && a.posonlyargs().isEmpty() &&
                        a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty();
    }

    /** {@code def}: translates the body into its own root and returns the node that makes the function object. */
    private ExpressionNode functionDef(Stmt.FunctionDef f) {
        Scope scope = scopes.scopeOf(f);
        if (scope.isGenerator() || scope.isCoroutine() || !scope.cellvars().isEmpty() || !scope.freevars().isEmpty()) {
            throw unsupported(f, scope.isGenerator() ? "generators" : "closures");
        }
        ExpressionNode[] defaults = expressions.translateAll(f.args().defaults());
        FunctionScope outer = function;
        ArrayDeque<Integer> outerHandlers = handlerSlots;
        function = new FunctionScope(scope);
        handlerSlots = new ArrayDeque<>();
        try {
            List<String> params = scope.parameters();
            int n = params.size();
            int d = defaults.length;
            List<StatementNode> body = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                body.add(WriteLocalNodeGen.create(new ReadArgumentNode(i, i >= n - d ? n - 1 - i : -1),
                                function.slot(params.get(i))));
            }
            body.addAll(List.of(translateStatements(f.body())));
            BlockNode block = new BlockNode(body.toArray(new StatementNode[0]), true);
            setSource(block, f.span());
            FunctionRootNode root = new FunctionRootNode(language, function.build(), f.name(), block,
                            section(f.span()));
            Signature signature = new Signature(f.name(), params.toArray(new String[0]), n - d, false, false,
                            new String[0], false);
            return new MakeFunctionNode(new PCode(signature, root.getCallTarget()), defaults);
        } finally {
            function = outer;
            handlerSlots = outerHandlers;
        }
    }

    private com.oracle.truffle.api.source.SourceSection section(Span span) {
        return source.createSection(sections.startIndex(span), sections.length(span));
    }

    private String targetName(Expr target) {
        if (target instanceof Expr.Name n) {
            return n.id();
        }
        throw unsupported(target);
    }

    TruffleString name(String id) {
        return names.computeIfAbsent(id, PyStrings::of);
    }

    void setSource(PythonSourceNode node, Span span) {
        if (span != null) {
            node.setSourceSection(sections.startIndex(span), sections.length(span));
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
