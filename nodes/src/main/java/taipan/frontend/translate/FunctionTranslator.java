package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Stmt;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.function.FunctionRootNode;
import taipan.nodes.function.MakeFunctionNode;
import taipan.nodes.function.ReadArgumentNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.variable.WriteLocalNodeGen;
import taipan.runtime.function.PCode;
import taipan.runtime.function.Signature;

/** Builds {@code def}: the function's own root node, and the node that makes the function object. */
final class FunctionTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final TaipanLanguage language;

    FunctionTranslator(Translator translator, ExpressionTranslator expressions, TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.language = language;
    }

    static boolean isSupported(Stmt.FunctionDef f) {
        Arguments a = f.args();
        return !f.isAsync() && f.decoratorList().isEmpty() && f.typeParams().isEmpty() && a.posonlyargs().isEmpty() &&
                        a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty();
    }

    /** {@code def}: translates the body into its own root and returns the node that makes the function object. */
    ExpressionNode functionDef(Stmt.FunctionDef f) {
        Scope scope = translator.scopes().scopeOf(f);
        if (scope.isCoroutine() || !scope.cellvars().isEmpty() || !scope.freevars().isEmpty()) {
            throw translator.unsupported(f, scope.isCoroutine() ? "async functions" : "closures");
        }
        ExpressionNode[] defaults = expressions.translateAll(f.args().defaults());
        FunctionScope function = translator.enterFunction(scope);
        try {
            List<String> params = scope.parameters();
            int n = params.size();
            int d = defaults.length;
            List<StatementNode> body = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                body.add(WriteLocalNodeGen.create(new ReadArgumentNode(i, i >= n - d ? n - 1 - i : -1),
                                function.slot(params.get(i))));
            }
            if (scope.isGenerator()) {
                body.add(translator.generators().generatorBody(f, function));
            } else {
                body.addAll(List.of(translator.translateStatements(f.body())));
            }
            BlockNode block = new BlockNode(body.toArray(new StatementNode[0]), true);
            translator.setSource(block, f.span());
            FunctionRootNode root = new FunctionRootNode(language, function.build(), f.name(), block,
                            translator.section(f.span()));
            Signature signature = new Signature(f.name(), params.toArray(new String[0]), n - d, false, false,
                            new String[0], false);
            return new MakeFunctionNode(new PCode(signature, root.getCallTarget()), defaults);
        } finally {
            translator.exitFunction();
        }
    }
}
