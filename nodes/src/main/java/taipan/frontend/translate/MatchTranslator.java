package taipan.frontend.translate;

import java.util.List;

import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Stmt;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.match.CapturePatternNode;
import taipan.nodes.match.ClassPatternNode;
import taipan.nodes.match.MappingPatternNode;
import taipan.nodes.match.MatchNode;
import taipan.nodes.match.OrPatternNode;
import taipan.nodes.match.PatternNode;
import taipan.nodes.match.SequencePatternNode;
import taipan.nodes.match.SingletonPatternNode;
import taipan.nodes.match.ValuePatternNode;
import taipan.nodes.statement.PassNode;
import taipan.runtime.object.PNone;

/** Builds {@code match} statements (PEP 634): one pattern node per pattern, names bound through write nodes. */
final class MatchTranslator {

    private final Translator translator;
    private final ExpressionTranslator expressions;

    MatchTranslator(Translator translator, ExpressionTranslator expressions) {
        this.translator = translator;
        this.expressions = expressions;
    }

    StatementNode match(Stmt.Match m) {
        return match(m, -1);
    }

    /** @param caseSlot in a generator whose cases yield, the slot recording the case that yielded; else -1 */
    StatementNode match(Stmt.Match m, int caseSlot) {
        int n = m.cases().size();
        PatternNode[] patterns = new PatternNode[n];
        ExpressionNode[] guards = new ExpressionNode[n];
        StatementNode[] bodies = new StatementNode[n];
        for (int i = 0; i < n; i++) {
            MatchCase c = m.cases().get(i);
            patterns[i] = pattern(c.pattern());
            guards[i] = c.guard() == null ? null : expressions.translate(c.guard());
            StatementNode body = translator.block(c.body());
            bodies[i] = body == null ? new PassNode() : body;
        }
        return new MatchNode(expressions.translate(m.subject()), patterns, guards, bodies, caseSlot);
    }

    private PatternNode pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new ValuePatternNode(expressions.translate(v.value()));
            case Pattern.MatchSingleton s -> new SingletonPatternNode(s.value() instanceof Boolean b ? b : PNone.NONE);
            case Pattern.MatchAs a -> new CapturePatternNode(a.pattern() == null ? null : pattern(a.pattern()),
                            bind(a.name()));
            case Pattern.MatchOr o -> new OrPatternNode(patterns(o.patterns()));
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping m -> mapping(m);
            case Pattern.MatchClass c -> new ClassPatternNode(expressions.translate(c.cls()), patterns(c.patterns()),
                            c.kwdAttrs().toArray(new String[0]), patterns(c.kwdPatterns()));
            case Pattern.MatchStar s -> throw translator.unsupported(s, "a starred pattern outside a sequence");
        };
    }

    private PatternNode sequence(Pattern.MatchSequence s) {
        List<Pattern> elements = s.patterns();
        int starIndex = -1;
        StatementNode starBind = null;
        PatternNode[] rest = new PatternNode[elements.size()];
        int k = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof Pattern.MatchStar star) {
                starIndex = i;
                starBind = bind(star.name());
            } else {
                rest[k++] = pattern(elements.get(i));
            }
        }
        PatternNode[] patterns = java.util.Arrays.copyOf(rest, k);
        return new SequencePatternNode(patterns, starIndex, starBind);
    }

    private PatternNode mapping(Pattern.MatchMapping m) {
        ExpressionNode[] keys = new ExpressionNode[m.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = expressions.translate(m.keys().get(i));
        }
        return new MappingPatternNode(keys, patterns(m.patterns()), bind(m.rest()));
    }

    private PatternNode[] patterns(List<Pattern> list) {
        PatternNode[] nodes = new PatternNode[list.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = pattern(list.get(i));
        }
        return nodes;
    }

    /** The store of a capture; null for none or the wildcard ({@code _} never binds). */
    private StatementNode bind(String name) {
        return name == null || name.equals("_") ? null : translator.writeName(name, null);
    }
}
