package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.scope.Scope;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.function.FunctionRootNode;
import taipan.nodes.function.MakeFunctionNode;
import taipan.nodes.function.ReturnNode;
import taipan.nodes.literal.TupleLiteralNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.typing.CallTypeParamsNode;
import taipan.nodes.typing.GenericBaseNode;
import taipan.nodes.typing.MakeTypeAliasNode;
import taipan.nodes.typing.MakeTypeParamNode;
import taipan.nodes.typing.UnpackOneNode;
import taipan.runtime.function.CodeInfo;
import taipan.runtime.function.PCode;
import taipan.runtime.function.Signature;
import taipan.runtime.type.BuiltinType;

/**
 * PEP 695 syntax as CPython compiles it: a generic {@code def}/{@code class}/{@code type} runs inside a hidden
 * function (the annotation scope) that binds the type parameters, whose bounds, constraints and defaults, like an
 * alias's value, are functions of their own evaluated on first access.
 */
final class TypeParamTranslator {

    private static final Arguments NO_ARGUMENTS = new Arguments(List.of(), List.of(), null, List.of(), List.of(),
                    null, List.of());

    private final Translator translator;
    private final ExpressionTranslator expressions;
    private final TaipanLanguage language;

    TypeParamTranslator(Translator translator, ExpressionTranslator expressions, TaipanLanguage language) {
        this.translator = translator;
        this.expressions = expressions;
        this.language = language;
    }

    /**
     * A generic {@code def}: the defaults are evaluated outside and passed in as arguments; {@code make} builds the
     * function inside the scope, reading them as the given argument nodes.
     */
    ExpressionNode genericFunction(Stmt.FunctionDef f, ExpressionNode[] defaults, ExpressionNode[] kwDefaults,
                    FunctionMaker make) {
        List<ExpressionNode> outside = new ArrayList<>(List.of(defaults));
        ExpressionNode[] inDefaults = new ExpressionNode[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            inDefaults[i] = new taipan.nodes.function.ReadArgumentNode(i);
        }
        ExpressionNode[] inKwDefaults = kwDefaults == null ? null : new ExpressionNode[kwDefaults.length];
        for (int i = 0; kwDefaults != null && i < kwDefaults.length; i++) {
            if (kwDefaults[i] != null) {
                inKwDefaults[i] = new taipan.nodes.function.ReadArgumentNode(outside.size());
                outside.add(kwDefaults[i]);
            }
        }
        return inScope(f.typeParams(), f.name(), f, outside.toArray(new ExpressionNode[0]), () -> {
            ExpressionNode function = make.make(inDefaults, inKwDefaults);
            return new taipan.nodes.typing.SetTypeParamsNode(function, typeParamsTuple(f.typeParams(), f));
        });
    }

    /** Builds a function given the nodes reading its defaults and keyword-only defaults. */
    interface FunctionMaker {
        ExpressionNode make(ExpressionNode[] defaults, ExpressionNode[] kwDefaults);
    }

    /**
     * A generic {@code class}: {@code .type_params} and {@code .generic_base} are bound in the scope, and
     * {@code make} builds the class (bases, keywords and all) inside it.
     */
    ExpressionNode genericClass(Stmt.ClassDef c, Supplier<ExpressionNode> make) {
        return inScope(c.typeParams(), c.name(), c, new ExpressionNode[0], () -> make.get(), () -> {
            List<StatementNode> setup = new ArrayList<>();
            setup.add(translator.writeName(".type_params", typeParamsTuple(c.typeParams(), c)));
            setup.add(translator.writeName(".generic_base",
                            new GenericBaseNode(translator.readName(".type_params", c))));
            return setup;
        });
    }

    /** {@code type Name[params] = value}: binds the name to a new {@code TypeAliasType}. */
    StatementNode typeAlias(Stmt.TypeAlias t) {
        String name = ((Expr.Name) t.name()).id();
        Scope valueScope = translator.scopes().scopeOf(t);
        ExpressionNode alias;
        if (t.typeParams().isEmpty()) {
            alias = new MakeTypeAliasNode(name, null, thunk(valueScope, name, t.value(), t));
        } else {
            alias = inScope(t.typeParams(), name, t, new ExpressionNode[0], () -> new MakeTypeAliasNode(name,
                            typeParamsTuple(t.typeParams(), t), thunk(valueScope, name, t.value(), t)));
        }
        return translator.writeName(name, alias);
    }

    /** The names of a type-parameter list read as a tuple, in the scope that binds them. */
    private ExpressionNode typeParamsTuple(List<TypeParam> params, Node where) {
        ExpressionNode[] reads = new ExpressionNode[params.size()];
        for (int i = 0; i < reads.length; i++) {
            reads[i] = translator.readName(name(params.get(i)), where);
        }
        return new TupleLiteralNode(reads);
    }

    private ExpressionNode inScope(List<TypeParam> params, String name, Node node, ExpressionNode[] arguments,
                    Supplier<ExpressionNode> result) {
        return inScope(params, name, node, arguments, result, List::of);
    }

    /** Runs {@code result} in the annotation scope of {@code params}, a function called at once with {@code arguments}. */
    private ExpressionNode inScope(List<TypeParam> params, String name, Node node, ExpressionNode[] arguments,
                    Supplier<ExpressionNode> result, Supplier<List<StatementNode>> setup) {
        Scope scope = translator.scopes().scopeOf(params);
        ExpressionNode[] closure = translator.functions().closure(scope, node);
        String scopeName = "<generic parameters of " + name + ">";
        String[] parameterNames = new String[arguments.length];
        for (int i = 0; i < parameterNames.length; i++) {
            parameterNames[i] = ".arg" + i;
        }
        String qualname = FunctionTranslator.qualname(scope, scopeName);
        Signature signature = Signature.forFunction(qualname, parameterNames, 0, false, new String[0], false);
        FunctionScope function = translator.enterFunction(scope);
        try {
            List<StatementNode> body = FunctionTranslator.prologue(function, NO_ARGUMENTS);
            for (TypeParam tp : params) {
                body.add(translator.writeName(name(tp), typeParam(tp)));
            }
            body.addAll(setup.get());
            body.add(new ReturnNode(result.get()));
            BlockNode block = new BlockNode(body.toArray(new StatementNode[0]), true);
            translator.setSource(block, node.span());
            FunctionRootNode root = new FunctionRootNode(language, function.build(), scopeName, block,
                            translator.section(node.span()));
            CodeInfo info = new CodeInfo(scopeName, qualname, translator.sourcePath(), node.span().lineno(),
                            scope.locals().toArray(new String[0]), scope.cellvars().toArray(new String[0]),
                            scope.freevars().toArray(new String[0]), arguments.length, 0, 0,
                            CodeInfo.CO_OPTIMIZED | CodeInfo.CO_NEWLOCALS, null);
            MakeFunctionNode make = new MakeFunctionNode(new PCode(signature, root.getCallTarget(), info),
                            new ExpressionNode[0], null, closure, new String[0], new ExpressionNode[0]);
            return new CallTypeParamsNode(arguments, make);
        } finally {
            translator.exitFunction();
        }
    }

    /** One type parameter: its kind, and its bound/constraints and default as lazily called functions. */
    private ExpressionNode typeParam(TypeParam tp) {
        Scope defaultScope = translator.scopes().defaultScopeOf(tp);
        return switch (tp) {
            case TypeParam.TypeVar t -> new MakeTypeParamNode(BuiltinType.TYPE_VAR, t.name(),
                            t.bound() == null ? null : thunk(translator.scopes().scopeOf(tp), t.name(), t.bound(), tp),
                            t.bound() instanceof Expr.Tuple, defaultThunk(defaultScope, t.name(), t.defaultValue(), tp));
            case TypeParam.ParamSpec p -> new MakeTypeParamNode(BuiltinType.PARAM_SPEC, p.name(), null, false,
                            defaultThunk(defaultScope, p.name(), p.defaultValue(), tp));
            case TypeParam.TypeVarTuple v -> new MakeTypeParamNode(BuiltinType.TYPE_VAR_TUPLE, v.name(), null, false,
                            defaultThunk(defaultScope, v.name(), v.defaultValue(), tp));
        };
    }

    private ExpressionNode defaultThunk(Scope scope, String name, Expr value, Node where) {
        return value == null ? null : thunk(scope, name, value, where);
    }

    /** A function of no arguments returning {@code value} (CPython's lazily evaluated annotation blocks). */
    private ExpressionNode thunk(Scope scope, String name, Expr value, Node where) {
        return translator.functions().makeFunction(scope, name, NO_ARGUMENTS, null, where, value.span().lineno(),
                        null, new ExpressionNode[0], null, () -> new StatementNode[]{new ReturnNode(unpacked(value))});
    }

    /** A value, with a leading {@code *} unpacking exactly one item ({@code *Ts}, {@code *tuple[int, ...]}). */
    ExpressionNode unpacked(Expr value) {
        if (value instanceof Expr.Starred s) {
            return new UnpackOneNode(expressions.translate(s.value()));
        }
        return expressions.translate(value);
    }

    private static String name(TypeParam tp) {
        return switch (tp) {
            case TypeParam.TypeVar t -> t.name();
            case TypeParam.ParamSpec p -> p.name();
            case TypeParam.TypeVarTuple v -> v.name();
        };
    }
}
