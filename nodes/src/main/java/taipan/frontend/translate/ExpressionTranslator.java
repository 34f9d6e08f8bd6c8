package taipan.frontend.translate;

import java.math.BigInteger;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Keyword;
import taipan.frontend.ast.Operators.CmpOp;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;
import taipan.nodes.ExpressionNode;
import taipan.nodes.attribute.GetAttributeNode;
import taipan.nodes.call.CallNode;
import taipan.nodes.call.MethodCallNode;
import taipan.nodes.call.StarCallNode;
import taipan.nodes.expression.AndNode;
import taipan.nodes.expression.BinaryExpressionNode;
import taipan.nodes.expression.BinaryOpNode;
import taipan.nodes.expression.CompareChainNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.ConditionalExpressionNode;
import taipan.nodes.expression.InplaceOpNodeGen;
import taipan.nodes.expression.IsNode;
import taipan.nodes.expression.NotNode;
import taipan.nodes.expression.OrNode;
import taipan.nodes.expression.PyNumberAddNodeGen;
import taipan.nodes.expression.PyNumberAndNodeGen;
import taipan.nodes.expression.PyNumberFloorDivideNodeGen;
import taipan.nodes.expression.PyNumberInvertNodeGen;
import taipan.nodes.expression.PyNumberLshiftNodeGen;
import taipan.nodes.expression.PyNumberMatrixMultiplyNodeGen;
import taipan.nodes.expression.PyNumberMultiplyNodeGen;
import taipan.nodes.expression.PyNumberNegativeNodeGen;
import taipan.nodes.expression.PyNumberOrNodeGen;
import taipan.nodes.expression.PyNumberPositiveNodeGen;
import taipan.nodes.expression.PyNumberPowerNodeGen;
import taipan.nodes.expression.PyNumberRemainderNodeGen;
import taipan.nodes.expression.PyNumberRshiftNodeGen;
import taipan.nodes.expression.PyNumberSubtractNodeGen;
import taipan.nodes.expression.PyNumberTrueDivideNodeGen;
import taipan.nodes.expression.PyNumberXorNodeGen;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.expression.PySequenceContainsNode;
import taipan.nodes.expression.UnaryExpressionNode;
import taipan.nodes.expression.UnaryOpNode;
import taipan.nodes.literal.BooleanLiteralNode;
import taipan.nodes.literal.DoubleLiteralNode;
import taipan.nodes.literal.LongLiteralNode;
import taipan.nodes.literal.ObjectLiteralNode;
import taipan.nodes.literal.TupleLiteralNode;
import taipan.nodes.expression.SubscriptNode;
import taipan.nodes.subscript.SliceNode;
import taipan.nodes.literal.ListLiteralNode;
import taipan.nodes.literal.StarredListLiteralNode;
import taipan.nodes.literal.StarredTupleLiteralNode;
import taipan.nodes.str.FormattedValueNode;
import taipan.nodes.str.JoinedStrNode;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;

/** Builds the executable node of each AST expression. */
final class ExpressionTranslator {

    private final Translator translator;

    ExpressionTranslator(Translator translator) {
        this.translator = translator;
    }

    ExpressionNode translate(Expr expr) {
        ExpressionNode node = build(expr);
        translator.setSource(node, expr.span());
        return node;
    }

    ExpressionNode[] translateAll(List<Expr> exprs) {
        ExpressionNode[] nodes = new ExpressionNode[exprs.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = translate(exprs.get(i));
        }
        return nodes;
    }

    private ExpressionNode build(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> translator.readName(n.id(), n);
            case Expr.BinOp b -> new BinaryExpressionNode(translate(b.left()), translate(b.right()), binaryOp(b.op()));
            case Expr.UnaryOpExpr u -> new UnaryExpressionNode(translate(u.operand()), unaryOp(u.op()));
            case Expr.BoolOpExpr b -> switch (b.op()) {
                case And -> new AndNode(translateAll(b.values()));
                case Or -> new OrNode(translateAll(b.values()));
            };
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new ConditionalExpressionNode(translate(i.test()), translate(i.body()),
                            translate(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Lambda l -> translator.functions().lambda(l);
            case Expr.Attribute a when a.ctx() == ExprContext.Load -> new GetAttributeNode(translate(a.value()), translator.mangle(a.attr()));
            case Expr.JoinedStr j -> new JoinedStrNode(translateAll(j.values()));
            case Expr.FormattedValue f -> new FormattedValueNode(translate(f.value()), f.conversion(),
                            f.formatSpec() == null ? null : translate(f.formatSpec()));
            case Expr.Tuple t when t.elts().stream().noneMatch(e -> e instanceof Expr.Starred) ->
                new TupleLiteralNode(translateAll(t.elts()));
            case Expr.Tuple t when t.ctx() == ExprContext.Load -> starredTuple(t.elts());
            case Expr.ListExpr l when l.ctx() == ExprContext.Load -> listDisplay(l.elts());
            case Expr.Subscript s when s.ctx() == ExprContext.Load -> new SubscriptNode(translate(s.value()), translate(s.slice()));
            case Expr.Slice s -> new SliceNode(translateOrNull(s.lower()), translateOrNull(s.upper()), translateOrNull(s.step()));
            case Expr.Dict d -> ContainerDisplays.dict(this, d);
            case Expr.SetExpr s -> ContainerDisplays.set(this, s);
            case Expr.ListComp l -> translator.comprehensions().listComp(l);
            case Expr.DictComp d -> translator.comprehensions().dictComp(d);
            case Expr.SetComp s -> translator.comprehensions().setComp(s);
            case Expr.NamedExpr n -> translator.comprehensions().namedExpr(n);
            case Expr.GeneratorExp g -> translator.generators().generatorExp(g);
            case Expr.Yield y -> translator.generators().yield(y);
            case Expr.YieldFrom y -> translator.generators().yieldFrom(y);
            case Expr.Await a -> translator.generators().await(a);
            default -> throw translator.unsupported(expr);
        };
    }

    ExpressionNode translateOrNull(Expr expr) {
        return expr == null ? null : translate(expr);
    }

    /** A tuple display with starred elements ({@code (*a, *b)}, {@code x[*a]}, {@code return *a, b}). */
    private ExpressionNode starredTuple(List<Expr> elts) {
        ExpressionNode[] nodes = new ExpressionNode[elts.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = elts.get(i);
            starred[i] = e instanceof Expr.Starred;
            nodes[i] = translate(e instanceof Expr.Starred s ? s.value() : e);
        }
        return new StarredTupleLiteralNode(nodes, starred);
    }

    /** A list display; starred elements ({@code *it}) are unpacked in place. */
    private ExpressionNode listDisplay(List<Expr> elts) {
        if (elts.stream().noneMatch(e -> e instanceof Expr.Starred)) {
            return new ListLiteralNode(translateAll(elts));
        }
        ExpressionNode[] nodes = new ExpressionNode[elts.size()];
        boolean[] starred = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            Expr e = elts.get(i);
            starred[i] = e instanceof Expr.Starred;
            nodes[i] = translate(e instanceof Expr.Starred s ? s.value() : e);
        }
        return new StarredListLiteralNode(nodes, starred);
    }

    private ExpressionNode constant(Expr.Constant c) {
        Object value = c.value();
        if (value instanceof Long l) {
            return new LongLiteralNode(l);
        } else if (value instanceof Double d) {
            return new DoubleLiteralNode(d);
        } else if (value instanceof Boolean b) {
            return new BooleanLiteralNode(b);
        } else if (value instanceof String s) {
            int[] split = taipan.frontend.parse.SurrogateLiterals.codePoints(s);
            return new ObjectLiteralNode(split == null ? PyStrings.of(s)
                            : com.oracle.truffle.api.strings.TruffleString.fromIntArrayUTF32Uncached(split));
        } else if (value instanceof Expr.Bytes b) {
            return new ObjectLiteralNode(new taipan.runtime.bytes.PBytes(b.value()));
        } else if (value instanceof BigInteger big) {
            return new ObjectLiteralNode(big);
        } else if (value instanceof Expr.Imaginary imaginary) {
            return new ObjectLiteralNode(new taipan.runtime.math.Complex(0.0, imaginary.imag()));
        } else if (value == Expr.Singleton.NONE) {
            return new ObjectLiteralNode(PNone.NONE);
        } else if (value == Expr.Singleton.ELLIPSIS) {
            return new ObjectLiteralNode(taipan.runtime.object.PEllipsis.ELLIPSIS);
        }
        throw translator.unsupported(c);
    }

    private ExpressionNode compare(Expr.Compare c) {
        List<CmpOp> ops = c.ops();
        if (ops.size() == 1) {
            return new BinaryExpressionNode(translate(c.left()), translate(c.comparators().get(0)),
                            comparisonOp(ops.get(0)));
        }
        ExpressionNode[] operands = new ExpressionNode[ops.size() + 1];
        BinaryOpNode[] comparisons = new BinaryOpNode[ops.size()];
        operands[0] = translate(c.left());
        for (int i = 0; i < ops.size(); i++) {
            operands[i + 1] = translate(c.comparators().get(i));
            comparisons[i] = comparisonOp(ops.get(i));
        }
        return new CompareChainNode(operands, comparisons);
    }

    private ExpressionNode call(Expr.Call c) {
        ExpressionNode zeroArgSuper = translator.classes().zeroArgSuper(c);
        if (zeroArgSuper != null) {
            return zeroArgSuper;
        }
        boolean dynamic = c.args().stream().anyMatch(a -> a instanceof Expr.Starred) ||
                        c.keywords().stream().anyMatch(k -> k.arg() == null);
        if (dynamic) {
            return starCall(c);
        }
        List<Keyword> keywords = c.keywords();
        String[] names = new String[keywords.size()];
        ExpressionNode[] values = new ExpressionNode[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            Keyword k = keywords.get(i);
            names[i] = k.arg();
            values[i] = translate(k.value());
        }
        if (c.func() instanceof Expr.Attribute a && a.ctx() == ExprContext.Load) {
            MethodCallNode node = new MethodCallNode(translate(a.value()), translator.mangle(a.attr()),
                            translateAll(c.args()), names, values);
            translator.setSource(node.getAttributeSite(), a.span());
            return node;
        }
        return new CallNode(translate(c.func()), translateAll(c.args()), names, values);
    }

    /** A call with {@code *iterable} or {@code **mapping} arguments: the argument lists are built at run time. */
    private ExpressionNode starCall(Expr.Call c) {
        ExpressionNode[] args = new ExpressionNode[c.args().size()];
        boolean[] starred = new boolean[args.length];
        for (int i = 0; i < args.length; i++) {
            Expr e = c.args().get(i);
            starred[i] = e instanceof Expr.Starred;
            args[i] = translate(e instanceof Expr.Starred s ? s.value() : e);
        }
        String[] names = new String[c.keywords().size()];
        ExpressionNode[] values = new ExpressionNode[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = c.keywords().get(i).arg();
            values[i] = translate(c.keywords().get(i).value());
        }
        return new StarCallNode(translate(c.func()), args, starred, names, values);
    }

    static BinaryOpNode binaryOp(Operator op) {
        return switch (op) {
            case Add -> PyNumberAddNodeGen.create();
            case Sub -> PyNumberSubtractNodeGen.create();
            case Mult -> PyNumberMultiplyNodeGen.create();
            case Div -> PyNumberTrueDivideNodeGen.create();
            case FloorDiv -> PyNumberFloorDivideNodeGen.create();
            case Mod -> PyNumberRemainderNodeGen.create();
            case Pow -> PyNumberPowerNodeGen.create();
            case LShift -> PyNumberLshiftNodeGen.create();
            case RShift -> PyNumberRshiftNodeGen.create();
            case BitAnd -> PyNumberAndNodeGen.create();
            case BitOr -> PyNumberOrNodeGen.create();
            case BitXor -> PyNumberXorNodeGen.create();
            case MatMult -> PyNumberMatrixMultiplyNodeGen.create();
        };
    }

    /** The operation of {@code target op= value}: in place for mutable containers ({@code __iadd__} ...). */
    static BinaryOpNode inplaceOp(Operator op) {
        return InplaceOpNodeGen.create(binaryOp(op));
    }

    private static UnaryOpNode unaryOp(UnaryOp op) {
        return switch (op) {
            case USub -> PyNumberNegativeNodeGen.create();
            case UAdd -> PyNumberPositiveNodeGen.create();
            case Invert -> PyNumberInvertNodeGen.create();
            case Not -> new NotNode();
        };
    }

    private static BinaryOpNode comparisonOp(CmpOp op) {
        return switch (op) {
            case Lt -> PyObjectRichCompareNode.create(ComparisonOp.LT);
            case LtE -> PyObjectRichCompareNode.create(ComparisonOp.LE);
            case Eq -> PyObjectRichCompareNode.create(ComparisonOp.EQ);
            case NotEq -> PyObjectRichCompareNode.create(ComparisonOp.NE);
            case Gt -> PyObjectRichCompareNode.create(ComparisonOp.GT);
            case GtE -> PyObjectRichCompareNode.create(ComparisonOp.GE);
            case Is -> IsNode.create(false);
            case IsNot -> IsNode.create(true);
            case In -> PySequenceContainsNode.create(false);
            case NotIn -> PySequenceContainsNode.create(true);
        };
    }
}
