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
        if (!c.typeParams().isEmpty()) {
            throw translator.unsupported(c, "generic classes");
        }
        Scope scope = translator.scopes().scopeOf(c);
        ExpressionNode[] decorators = expressions.translateAll(c.decoratorList());
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Starred) {
                throw translator.unsupported(base);
            }
        }
        ExpressionNode[] bases = expressions.translateAll(c.bases());
        List<Keyword> keywords = c.keywords();
        String[] names = new String[keywords.size()];
        ExpressionNode[] values = new ExpressionNode[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            if (keywords.get(i).arg() == null) {
                throw translator.unsupported(keywords.get(i).value());
            }
            names[i] = keywords.get(i).arg();
            values[i] = expressions.translate(keywords.get(i).value());
        }
        ExpressionNode[] closure = translator.functions().closure(scope, c);
        ClassBodyRootNode body = body(c, scope);
        ExpressionNode make = new MakeClassNode(c.name(), qualname(scope, c.name()), bases, names, values,
                        body.getCallTarget()).withCells(closure, scope.cellvars().contains("__class__"));
        return decorators.length == 0 ? make : new ApplyDecoratorsNode(decorators, make);
    }

    private ClassBodyRootNode body(Stmt.ClassDef c, Scope scope) {
        FunctionScope function = translator.enterFunction(scope);
        try {
            int namespaceSlot = function.tempSlot();
            function.setClassNamespaceSlot(namespaceSlot);
            List<StatementNode> statements = new ArrayList<>();
            statements.add(FunctionTranslator.classCells(function));
            List<Stmt> bodyStmts = c.body();
            if (!bodyStmts.isEmpty() && bodyStmts.get(0) instanceof Stmt.ExprStmt e &&
                            e.value() instanceof Expr.Constant k && k.value() instanceof String doc) {
                statements.add(new WriteClassNameNode(namespaceSlot, "__doc__",
                                new ObjectLiteralNode(PyStrings.of(doc))));
                bodyStmts = bodyStmts.subList(1, bodyStmts.size());
            }
            StatementNode setup = translator.annotations.setup(bodyStmts);
            if (setup != null) {
                statements.add(setup);
            }
            statements.addAll(List.of(translator.translateStatements(bodyStmts)));
            BlockNode block = new BlockNode(statements.toArray(new StatementNode[0]), true);
            translator.setSource(block, c.span());
            return new ClassBodyRootNode(language, function.build(), c.name(), namespaceSlot, block,
                            translator.section(c.span()));
        } finally {
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
                        !c.keywords().isEmpty() || function == null || function.isClassBody() ||
                        !function.scope().freevars().contains("__class__")) {
            return null;
        }
        List<String> params = function.scope().parameters();
        ExpressionNode self = params.isEmpty() ? null : translator.readName(params.get(0), c);
        return new SuperZeroArgNode(translator.readName("__class__", c), self);
    }

    /** CPython's {@code __qualname__}: enclosing classes by name, enclosing functions as {@code f.<locals>}. */
    static String qualname(Scope scope, String name) {
        StringBuilder prefix = new StringBuilder();
        for (Scope s = scope.parent(); s != null && s.type() != BlockType.MODULE; s = s.parent()) {
            String part = s.type() == BlockType.CLASS ? s.name() : s.name() + ".<locals>";
            prefix.insert(0, part + ".");
        }
        return prefix + name;
    }
}
