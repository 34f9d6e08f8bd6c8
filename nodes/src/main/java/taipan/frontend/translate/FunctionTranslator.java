package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Arguments.Arg;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.scope.BlockType;
import taipan.frontend.scope.NameScope;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.classes.LoadClassCellsNode;
import taipan.nodes.StatementNode;
import taipan.nodes.function.ApplyDecoratorsNode;
import taipan.nodes.function.FunctionRootNode;
import taipan.nodes.function.LoadClosureNode;
import taipan.nodes.function.MakeFunctionNode;
import taipan.nodes.function.ReadArgumentNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.literal.ObjectLiteralNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.variable.InitCellNode;
import taipan.nodes.variable.ReadCellObjectNode;
import taipan.nodes.variable.WriteLocalNodeGen;
import taipan.runtime.function.CodeInfo;
import taipan.runtime.function.PCode;
import taipan.runtime.function.Signature;
import taipan.runtime.str.PyStrings;

/**
 * Builds {@code def} and {@code lambda}: the function's own root node (with a prologue that stores the parameters
 * and sets up cells), and the node that makes the function object, closure included, in the enclosing scope.
 */
final class FunctionTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final TaipanLanguage language;

    FunctionTranslator(Translator translator, ExpressionTranslator expressions, TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.language = language;
    }

    /** {@code from __future__ import annotations} (PEP 563): annotations are stored as their source text. */
    private boolean futureAnnotations;

    boolean hasFutureAnnotations() {
        return futureAnnotations;
    }

    void setFutureAnnotations(boolean on) {
        futureAnnotations = on;
    }

    /** Whether the leading {@code __future__} imports of a module body turn on PEP 563. */
    static boolean hasFutureAnnotations(List<Stmt> body) {
        int i = docstring(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != 0 || !"__future__".equals(s.module())) {
                return false;
            }
            if (s.names().stream().anyMatch(alias -> alias.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }

    /** An annotation's value: evaluated now, or its source text under PEP 563. */
    ExpressionNode annotation(Expr e) {
        if (futureAnnotations) {
            return new ObjectLiteralNode(PyStrings.of(ExprUnparser.unparse(e)));
        }
        return translator.typeParams().unpacked(e);
    }

    /** {@code def}: decorators first, then the function object, then the decorators applied bottom-up. */
    ExpressionNode functionDef(Stmt.FunctionDef f) {
        Scope scope = translator.scopes().scopeOf(f);
        ExpressionNode[] decorators = expressions.translateAll(f.decoratorList());
        int firstLine = f.decoratorList().isEmpty() ? f.span().lineno() : f.decoratorList().get(0).span().lineno();
        String doc = translator.keepsDocstrings() ? docstring(f.body()) : null;
        ExpressionNode[] defaults = expressions.translateAll(f.args().defaults());
        ExpressionNode[] kwDefaults = kwDefaults(f.args());
        TypeParamTranslator.FunctionMaker maker = (d, kd) -> makeFunction(scope, f.name(), f.args(), f.returns(), f,
                        firstLine, doc, d, kd, () -> translator.translateStatements(f.body()));
        ExpressionNode make = f.typeParams().isEmpty() ? maker.make(defaults, kwDefaults)
                        : translator.typeParams().genericFunction(f, defaults, kwDefaults, maker);
        return decorators.length == 0 ? make : new ApplyDecoratorsNode(decorators, make);
    }

    /** {@code lambda args: body}: a function named {@code <lambda>} whose body returns the expression. */
    ExpressionNode lambda(Expr.Lambda l) {
        Scope scope = translator.scopes().scopeOf(l);
        if (scope.isCoroutine() || YieldSearch.count(l.body()) > 1) {
            throw translator.unsupported(l, scope.isCoroutine() ? "coroutines" : "several yields in one lambda");
        }
        return makeFunction(scope, "<lambda>", l.args(), null, l, l.span().lineno(), null,
                        expressions.translateAll(l.args().defaults()), kwDefaults(l.args()), () -> new StatementNode[]{new ReturnNode(expressions.translate(l.body()))});
    }

    interface BodyBuilder {
        StatementNode[] build();
    }

    /** The function object of {@code scope}; its defaults are already translated (where they are evaluated). */
    ExpressionNode makeFunction(Scope scope, String name, Arguments a, Expr returns, Node node, int firstLine,
                    String doc, ExpressionNode[] defaults, ExpressionNode[] kwDefaults, BodyBuilder bodyBuilder) {
        List<String> annotationNames = new ArrayList<>();
        List<ExpressionNode> annotationValues = new ArrayList<>();
        annotations(a, returns, annotationNames, annotationValues);
        ExpressionNode[] closure = closure(scope, node);
        Signature signature = signature(qualname(scope, name), a);
        FunctionScope function = translator.enterFunction(scope);
        try {
            List<StatementNode> body = prologue(function, a);
            if (GeneratorTranslator.isResumable(scope)) {
                body.add(translator.generators().generatorBody(name, node, bodyBuilder.build()));
            } else {
                body.addAll(List.of(bodyBuilder.build()));
            }
            BlockNode block = new BlockNode(body.toArray(new StatementNode[0]), true);
            translator.setSource(block, node.span());
            FunctionRootNode root = new FunctionRootNode(language, function.build(), name, qualname(scope, name), block,
                            translator.section(node.span()));
            CodeInfo info = codeInfo(scope, name, signature, a, firstLine, doc);
            return new MakeFunctionNode(new PCode(signature, root.getCallTarget(), info), defaults, kwDefaults,
                            closure, annotationNames.toArray(new String[0]),
                            annotationValues.toArray(new ExpressionNode[0]));
        } finally {
            translator.exitFunction();
        }
    }

    /** The parameters in the order {@code Signature} binds them: positional, *args, keyword-only, **kwargs. */
    private static List<Arg> boundOrder(Arguments a) {
        List<Arg> order = new ArrayList<>(a.posonlyargs());
        order.addAll(a.args());
        if (a.vararg() != null) {
            order.add(a.vararg());
        }
        order.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            order.add(a.kwarg());
        }
        return order;
    }

    private static Signature signature(String qualname, Arguments a) {
        List<String> positional = new ArrayList<>();
        a.posonlyargs().forEach(p -> positional.add(p.arg()));
        a.args().forEach(p -> positional.add(p.arg()));
        String[] kwonly = a.kwonlyargs().stream().map(Arg::arg).toArray(String[]::new);
        return Signature.forFunction(qualname, positional.toArray(new String[0]), a.posonlyargs().size(),
                        a.vararg() != null, kwonly, a.kwarg() != null);
    }

    /** Stores each argument into its slot (or a new cell), makes the other cells, loads the closure's cells. */
    static List<StatementNode> prologue(FunctionScope function, Arguments a) {
        List<StatementNode> body = new ArrayList<>();
        List<Arg> params = boundOrder(a);
        for (int i = 0; i < params.size(); i++) {
            String p = params.get(i).arg();
            ReadArgumentNode read = new ReadArgumentNode(i);
            body.add(function.isCell(p) ? new InitCellNode(function.slot(p), read)
                            : WriteLocalNodeGen.create(read, function.slot(p)));
        }
        List<String> names = params.stream().map(Arg::arg).toList();
        for (String cell : function.scope().cellvars()) {
            if (!names.contains(cell)) {
                body.add(new InitCellNode(function.slot(cell), null));
            }
        }
        List<String> free = function.scope().freevars();
        if (!free.isEmpty()) {
            body.add(new LoadClosureNode(free.stream().mapToInt(function::slot).toArray()));
        }
        return body;
    }

    /** A class body's prologue: its closure's cells and its {@code __class__} cell into their slots. */
    static StatementNode classCells(FunctionScope classBody) {
        int[] free = classBody.scope().freevars().stream().mapToInt(classBody::slot).toArray();
        boolean hasClassCell = classBody.scope().cellvars().contains("__class__");
        return new LoadClassCellsNode(free, hasClassCell ? classBody.slot("__class__") : -1);
    }

    /** The cells the new function captures, read from the enclosing scope's slots in {@code co_freevars} order. */
    ExpressionNode[] closure(Scope scope, Node node) {
        List<String> free = scope.freevars();
        ExpressionNode[] nodes = new ExpressionNode[free.size()];
        for (int i = 0; i < nodes.length; i++) {
            Integer comprehensionCell = translator.comprehensions().cellSlot(free.get(i));
            if (comprehensionCell != null) {
                nodes[i] = new ReadCellObjectNode(comprehensionCell);
                continue;
            }
            FunctionScope enclosing = translator.currentFunction();
            if (enclosing == null || !enclosing.isCell(free.get(i))) {
                throw translator.unsupported(node, "closures over class bodies");
            }
            nodes[i] = new ReadCellObjectNode(enclosing.slot(free.get(i)));
        }
        return nodes;
    }

    ExpressionNode[] kwDefaults(Arguments a) {
        if (a.kwDefaults().stream().allMatch(e -> e == null)) {
            return null;
        }
        ExpressionNode[] nodes = new ExpressionNode[a.kwDefaults().size()];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = a.kwDefaults().get(i);
            nodes[i] = e == null ? null : expressions.translate(e);
        }
        return nodes;
    }

    /** The annotations in CPython's order: args, positional-only, *args, keyword-only, **kwargs, return. */
    private void annotations(Arguments a, Expr returns, List<String> names, List<ExpressionNode> values) {
        List<Arg> order = new ArrayList<>(a.args());
        order.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            order.add(a.vararg());
        }
        order.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            order.add(a.kwarg());
        }
        for (Arg p : order) {
            if (p.annotation() != null) {
                names.add(p.arg());
                values.add(annotation(p.annotation()));
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(annotation(returns));
        }
    }

    /** CPython's {@code __qualname__}: dotted through classes, {@code .<locals>.} through functions. */
    static String qualname(Scope scope, String name) {
        Scope parent = scope.parent();
        while (parent != null && parent.isComprehensionInlined()) {
            parent = parent.parent();
        }
        if (parent == null || parent.type() == BlockType.MODULE) {
            return name;
        }
        String parentName = parent.key() instanceof Expr.Lambda ? "<lambda>" : parent.name();
        if (parent.type() == BlockType.CLASS) {
            if (parent.scope(name) == NameScope.GLOBAL_EXPLICIT) {
                return name;
            }
            return qualname(parent, parentName) + "." + name;
        } else if (parent.type() == BlockType.FUNCTION) {
            return qualname(parent, parentName) + ".<locals>." + name;
        }
        return qualname(parent, parentName);
    }

    private CodeInfo codeInfo(Scope scope, String name, Signature signature, Arguments a, int firstLine,
                    String doc) {
        int flags = CodeInfo.CO_OPTIMIZED | CodeInfo.CO_NEWLOCALS;
        flags |= a.vararg() != null ? CodeInfo.CO_VARARGS : 0;
        flags |= a.kwarg() != null ? CodeInfo.CO_VARKEYWORDS : 0;
        flags |= scope.isNested() ? CodeInfo.CO_NESTED : 0;
        flags |= GeneratorTranslator.codeFlags(scope);
        return new CodeInfo(name, signature.getName(), translator.sourcePath(), firstLine,
                        scope.locals().toArray(new String[0]), scope.cellvars().toArray(new String[0]),
                        scope.freevars().toArray(new String[0]), a.posonlyargs().size() + a.args().size(),
                        a.posonlyargs().size(), a.kwonlyargs().size(), flags, doc);
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c &&
                        c.value() instanceof String s) {
            return cleanDoc(s);
        }
        return null;
    }

    /**
     * CPython 3.13's {@code _PyCompile_CleanDoc}: tabs expanded, the first line's leading spaces and the common
     * indentation of the following lines removed.
     */
    static String cleanDoc(String raw) {
        String[] lines = expandTabs(raw).split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent < line.length()) {
                margin = Math.min(margin, indent);
            }
        }
        if (margin == Integer.MAX_VALUE) {
            margin = 0;
        }
        int lead = 0;
        while (lead < lines[0].length() && lines[0].charAt(lead) == ' ') {
            lead++;
        }
        StringBuilder out = new StringBuilder(lines[0].substring(lead));
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int cut = 0;
            while (cut < margin && cut < line.length() && line.charAt(cut) == ' ') {
                cut++;
            }
            out.append('\n').append(line, cut, line.length());
        }
        return out.toString();
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int spaces = 8 - column % 8;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(ch);
                column = ch == '\n' || ch == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    static Span span(Node node) {
        return node.span();
    }
}
