package taipan.frontend.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Node;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.PythonSourceNode;
import taipan.nodes.StatementNode;
import taipan.nodes.control.BreakNode;
import taipan.nodes.control.ContinueNode;
import taipan.nodes.control.IfNode;
import taipan.nodes.control.WhileNode;
import taipan.nodes.expression.BinaryExpressionNode;
import taipan.nodes.root.ModuleRootNode;
import taipan.nodes.statement.AssignMultipleNode;
import taipan.nodes.statement.BlockNode;
import taipan.nodes.statement.ExpressionStatementNode;
import taipan.nodes.statement.PassNode;
import taipan.nodes.variable.ReadGlobalNodeGen;
import taipan.nodes.variable.WriteGlobalNode;
import taipan.nodes.variable.WriteGlobalNodeGen;
import taipan.runtime.str.PyStrings;

/**
 * Builds the executable Truffle tree of a parsed module. At module level every name is global; function scopes
 * (local slots, cells) come with {@code taipan.frontend.scope}.
 */
public final class Translator {

    private final TaipanLanguage language;
    private final Source source;
    private final SourceSections sections;
    private final ExpressionTranslator expressions = new ExpressionTranslator(this);
    /** Names as Python strs, one instance per name, so namespace lookups compare keys by identity first. */
    private final Map<String, TruffleString> names = new HashMap<>();

    public Translator(TaipanLanguage language, Source source) {
        this.language = language;
        this.source = source;
        this.sections = new SourceSections(source);
    }

    /** The root node that runs {@code module}'s body in the {@code __main__} namespace. */
    public ModuleRootNode translateModule(Mod.Module module) {
        BlockNode body = new BlockNode(translateStatements(module.body()), true);
        body.setSourceSection(0, source.getLength());
        return new ModuleRootNode(language, PythonFrame.newDescriptorBuilder().build(), body,
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
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            default -> throw unsupported(stmt);
        };
    }

    private StatementNode assign(List<Expr> targets, ExpressionNode value) {
        if (targets.size() == 1) {
            return WriteGlobalNodeGen.create(value, name(targetName(targets.get(0))));
        }
        WriteGlobalNode[] writes = new WriteGlobalNode[targets.size()];
        for (int i = 0; i < writes.length; i++) {
            writes[i] = WriteGlobalNodeGen.create(null, name(targetName(targets.get(i))));
        }
        return new AssignMultipleNode(value, writes);
    }

    private StatementNode augAssign(Stmt.AugAssign a) {
        TruffleString id = name(targetName(a.target()));
        ExpressionNode read = ReadGlobalNodeGen.create(id);
        setSource(read, a.target().span());
        ExpressionNode value = new BinaryExpressionNode(read, expressions.translate(a.value()),
                        ExpressionTranslator.binaryOp(a.op()));
        setSource(value, a.span());
        return WriteGlobalNodeGen.create(value, id);
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
}
