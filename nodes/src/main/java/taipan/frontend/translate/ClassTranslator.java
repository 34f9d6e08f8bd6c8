package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Stmt;
import taipan.frontend.scope.BlockType;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.classes.ClassBodyRootNode;
import taipan.nodes.function.ApplyDecoratorsNode;
import taipan.nodes.classes.MakeClassNode;
import taipan.nodes.classes.ReadClassNameNode;
import taipan.nodes.classes.SuperZeroArgNode;
import taipan.nodes.classes.WriteClassNameNode;
import taipan.nodes.literal.ObjectLiteralNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.variable.InitCellNode;
import taipan.nodes.variable.ReadCellObjectNode;
import taipan.nodes.variable.ReadGlobalNodeGen;
import taipan.runtime.str.PyStrings;

/**
 * Builds {@code class} statements: the body becomes its own root whose names live in the class namespace (CPython's
 * class scope), and a node that runs it and makes the class.
 */
final class ClassTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final TaipanLanguage language;

    ClassTranslator(Translator translator, ExpressionTranslator expressions, TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.language = language;
    }

    ExpressionNode classDef(Stmt.ClassDef c) {
        ExpressionNode[] decorators = expressions.translateAll(c.decoratorList());
        ExpressionNode make = c.typeParams().isEmpty() ? makeClass(c, null)
                        : translator.typeParams().genericClass(c,
                                        () -> makeClass(c, translator.readName(".generic_base", c)));
        return decorators.length == 0 ? make : new ApplyDecoratorsNode(decorators, make);
    }

    /** The class object; a generic class gets {@code genericBase} ({@code Generic[T]}) as its last base. */
    private ExpressionNode makeClass(Stmt.ClassDef c, ExpressionNode genericBase) {
        Scope scope = translator.scopes().scopeOf(c);
        boolean starred = c.bases().stream().anyMatch(b -> b instanceof Expr.Starred);
        ExpressionNode[] bases = new ExpressionNode[c.bases().size() + (genericBase != null ? 1 : 0)];
        boolean[] stars = new boolean[bases.length];
        for (int i = 0; i < c.bases().size(); i++) {
            Expr base = c.bases().get(i);
            stars[i] = base instanceof Expr.Starred;
            bases[i] = expressions.translate(base instanceof Expr.Starred s ? s.value() : base);
        }
        if (genericBase != null) {
            bases[bases.length - 1] = genericBase;
        }
        if (starred) {
            bases = new ExpressionNode[]{new taipan.nodes.literal.StarredTupleLiteralNode(bases, stars)};
        }
        List<Keyword> keywords = c.keywords();
        String[] names = new String[keywords.size()];
        ExpressionNode[] values = new ExpressionNode[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = keywords.get(i).arg(); // null for a **mapping
            values[i] = expressions.translate(keywords.get(i).value());
        }
        ExpressionNode[] closure = translator.functions().closure(scope, c);
        ClassBodyRootNode body = body(c, scope);
        MakeClassNode make = new MakeClassNode(c.name(), qualname(scope, c.name()), bases, names, values,
                        body.getCallTarget()).withCells(closure, scope.cellvars().contains("__class__"));
        return starred ? make.withBasesTuple() : make;
    }

    private static taipan.runtime.object.PTuple strTuple(String[] names) {
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStrings.of(names[i]);
        }
        return new taipan.runtime.object.PTuple(items);
    }

    private ClassBodyRootNode body(Stmt.ClassDef c, Scope scope) {
        FunctionScope function = translator.enterFunction(scope);
        String savedPrivateName = translator.enterPrivateName(c.name());
        try {
            int namespaceSlot = function.tempSlot();
            function.setClassNamespaceSlot(namespaceSlot);
            List<StatementNode> statements = new ArrayList<>();
            statements.add(FunctionTranslator.classCells(function));
            int firstLine = c.decoratorList().isEmpty() ? c.span().lineno() : c.decoratorList().get(0).span().lineno();
            statements.add(new WriteClassNameNode(namespaceSlot, "__firstlineno__", new ObjectLiteralNode((long) firstLine)));
            if (scope.needsClassdict()) {
                statements.add(new InitCellNode(function.slot("__classdict__"),
                                new taipan.nodes.typing.ReadFrameObjectNode(namespaceSlot)));
            }
            StatementNode setup = AnnotationTranslator.setup(c.body(), namespaceSlot);
            if (setup != null) {
                statements.add(setup);
            }
            if (!c.typeParams().isEmpty()) {
                statements.add(new WriteClassNameNode(namespaceSlot, "__type_params__",
                                translator.readName(".type_params", c)));
            }
            List<Stmt> bodyStmts = c.body();
            if (!bodyStmts.isEmpty() && bodyStmts.get(0) instanceof Stmt.ExprStmt e &&
                            e.value() instanceof Expr.Constant k && k.value() instanceof String doc) {
                if (translator.keepsDocstrings()) {
                    statements.add(new WriteClassNameNode(namespaceSlot, "__doc__",
                                    new ObjectLiteralNode(PyStrings.of(doc))));
                }
                bodyStmts = bodyStmts.subList(1, bodyStmts.size());
            }
            translator.staticAttributes().enterClass();
            statements.addAll(List.of(translator.translateStatements(bodyStmts)));
            statements.add(new WriteClassNameNode(namespaceSlot, "__static_attributes__",
                            new ObjectLiteralNode(strTuple(translator.staticAttributes().exitClass()))));
            BlockNode block = new BlockNode(statements.toArray(new StatementNode[0]), true);
            translator.setSource(block, c.span());
            return new ClassBodyRootNode(language, function.build(), c.name(), namespaceSlot, block,
                            translator.section(c.span()));
        } finally {
            translator.exitPrivateName(savedPrivateName);
            translator.exitFunction();
        }
    }

    /** A name read in a class body: the namespace, then globals and builtins. */
    ExpressionNode readName(FunctionScope function, String id) {
        return new ReadClassNameNode(function.classNamespaceSlot(), id, ReadGlobalNodeGen.create(translator.name(id)));
    }

    StatementNode writeName(FunctionScope function, String id, ExpressionNode value) {
        return new WriteClassNameNode(function.classNamespaceSlot(), id, value);
    }

    /**
     * {@code super()} with no arguments in a method: the {@code __class__} cell and the method's first argument
     * (CPython's compiler passes them too); null when {@code c} is not such a call.
     */
    ExpressionNode zeroArgSuper(Expr.Call c) {
        FunctionScope function = translator.currentFunction();
        if (!(c.func() instanceof Expr.Name n) || !n.id().equals("super") || !c.args().isEmpty() ||
                        !c.keywords().isEmpty() || function == null || function.isClassBody()) {
            return null;
        }
        List<String> params = function.scope().parameters();
        // CPython's first local only when the code has a positional parameter (def m(*args) has none)
        int positional = params.size() - (function.scope().hasVarargs() ? 1 : 0)
                        - (function.scope().hasVarkeywords() ? 1 : 0);
        ExpressionNode self = positional <= 0 ? null : translator.readName(params.get(0), c);
        // without a __class__ cell (a plain function) the call raises CPython's "__class__ cell not found"
        boolean hasClassCell = function.scope().freevars().contains("__class__");
        return new SuperZeroArgNode(hasClassCell ? translator.readName("__class__", c) : null, self);
    }

    /** CPython's {@code __qualname__}: enclosing classes by name, enclosing functions as {@code f.<locals>}. */
    static String qualname(Scope scope, String name) {
        Scope parent = scope.parent();
        while (parent != null && parent.type() == BlockType.TYPE_PARAMETERS) {
            parent = parent.parent();
        }
        if (parent != null && parent.type() != BlockType.MODULE
                        && parent.scope(name) == taipan.frontend.scope.NameScope.GLOBAL_EXPLICIT) {
            return name; // compiler_set_qualname: a class declared global where it is defined is named as top-level
        }
        StringBuilder prefix = new StringBuilder();
        for (Scope s = scope.parent(); s != null && s.type() != BlockType.MODULE; s = s.parent()) {
            if (s.type() == BlockType.TYPE_PARAMETERS) {
                continue;
            }
            String part = s.type() == BlockType.CLASS ? s.name() : s.name() + ".<locals>";
            prefix.insert(0, part + ".");
        }
        return prefix + name;
    }
}
