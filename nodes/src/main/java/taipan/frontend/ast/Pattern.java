package taipan.frontend.ast;

import java.util.List;

/** CPython's {@code pattern} for {@code match} statements. */
public sealed interface Pattern extends Node {

    record MatchValue(Span span, Expr value) implements Pattern {
    }

    /** {@code value} is {@link Boolean} or {@link Expr.Singleton#NONE}. */
    record MatchSingleton(Span span, Object value) implements Pattern {
    }

    record MatchSequence(Span span, List<Pattern> patterns) implements Pattern {
    }

    record MatchMapping(Span span, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {
    }

    record MatchClass(Span span, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
                    implements Pattern {
    }

    record MatchStar(Span span, String name) implements Pattern {
    }

    record MatchAs(Span span, Pattern pattern, String name) implements Pattern {
    }

    record MatchOr(Span span, List<Pattern> patterns) implements Pattern {
    }
}
