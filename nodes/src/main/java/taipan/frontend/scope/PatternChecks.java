package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.MatchCase;
import taipan.frontend.ast.Pattern;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;

/**
 * The compile-time checks of {@code match} statements (CPython's {@code compiler_pattern*} in Python/compile.c):
 * unreachable irrefutable patterns, names bound twice or differently by alternatives, and mapping-key rules.
 */
final class PatternChecks {

    /** CPython's {@code pattern_context}, reduced to what the checks read. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    private final CompileChecks c;
    private final CompileExprChecks exprs;

    PatternChecks(CompileChecks c, CompileExprChecks exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    void visitMatch(Stmt.Match s) {
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        MatchCase last = cases.get(n - 1);
        boolean hasDefault = isWildcard(last.pattern()) && n > 1;
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            Context pc = new Context();
            // irrefutable cases must be guarded, last, or both
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            exprs.visitOptional(m.guard());
            c.visitStmts(m.body());
        }
        if (hasDefault) {
            exprs.visitOptional(last.guard());
            c.visitStmts(last.body());
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private void pattern(Pattern pattern, Context pc) {
        switch (pattern) {
            case Pattern.MatchValue p -> {
                Expr v = p.value();
                if (ConstantKeys.fold(v) == null && !(v instanceof Expr.Attribute)) {
                    throw c.errors.at(p.span(), "patterns may only match literals and attribute lookups");
                }
            }
            case Pattern.MatchSingleton p -> {
            }
            case Pattern.MatchSequence p -> sequence(p, pc);
            case Pattern.MatchMapping p -> mapping(p, pc);
            case Pattern.MatchClass p -> classPattern(p, pc);
            case Pattern.MatchStar p -> store(p.name(), p.span(), pc);
            case Pattern.MatchAs p -> as(p, pc);
            case Pattern.MatchOr p -> or(p, pc);
        }
    }

    /** A sub-pattern: irrefutability is fine inside a larger pattern. */
    private void subpattern(Pattern p, Context pc) {
        boolean saved = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = saved;
    }

    private void store(String name, Span span, Context pc) {
        if (name == null) {
            return;
        }
        c.checkStore(name, span);
        if (pc.stores.contains(name)) {
            throw c.errors.at(span, "multiple assignments to name '" + name + "' in pattern");
        }
        pc.stores.add(name);
    }

    private void as(Pattern.MatchAs p, Context pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                throw c.errors.at(p.span(), p.name() != null
                                ? "name capture '" + p.name() + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable");
            }
            store(p.name(), p.span(), pc);
            return;
        }
        pattern(p.pattern(), pc);
        store(p.name(), p.span(), pc);
    }

    private void sequence(Pattern.MatchSequence p, Context pc) {
        boolean star = false;
        for (Pattern sub : p.patterns()) {
            if (sub instanceof Pattern.MatchStar) {
                if (star) {
                    throw c.errors.at(p.span(), "multiple starred names in sequence pattern");
                }
                star = true;
            }
        }
        for (Pattern sub : p.patterns()) {
            subpattern(sub, pc);
        }
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        Set<Object> seen = new HashSet<>();
        for (Expr key : p.keys()) {
            Object folded = ConstantKeys.fold(key);
            if (folded != null) {
                if (!seen.add(ConstantKeys.hashKey(folded))) {
                    throw c.errors.at(p.span(),
                                    "mapping pattern checks duplicate key (" + ConstantKeys.repr(folded) + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.errors.at(p.span(), "mapping pattern keys may only match literals and attribute lookups");
            }
        }
        for (Pattern sub : p.patterns()) {
            subpattern(sub, pc);
        }
        store(p.rest(), p.span(), pc);
    }

    private void classPattern(Pattern.MatchClass p, Context pc) {
        List<String> attrs = p.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            Span loc = p.kwdPatterns().get(i).span();
            c.checkStore(attrs.get(i), loc);
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw c.errors.at(p.kwdPatterns().get(j).span(),
                                    "attribute name repeated in class pattern: " + attrs.get(j));
                }
            }
        }
        for (Pattern sub : p.patterns()) {
            subpattern(sub, pc);
        }
        for (Pattern sub : p.kwdPatterns()) {
            subpattern(sub, pc);
        }
    }

    private void or(Pattern.MatchOr p, Context pc) {
        List<String> outer = pc.stores;
        boolean allow = pc.allowIrrefutable;
        List<String> control = null;
        List<Pattern> alts = p.patterns();
        for (int i = 0; i < alts.size(); i++) {
            pc.stores = new ArrayList<>();
            // an irrefutable alternative must be the last one, if allowed at all
            pc.allowIrrefutable = i == alts.size() - 1 && allow;
            pattern(alts.get(i), pc);
            if (control == null) {
                control = pc.stores;
            } else if (control.size() != pc.stores.size() || !pc.stores.containsAll(control)) {
                throw c.errors.at(p.span(), "alternative patterns bind different names");
            }
        }
        pc.stores = outer;
        pc.allowIrrefutable = allow;
        for (String name : control) {
            if (pc.stores.contains(name)) {
                throw c.errors.at(p.span(), "multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
    }
}
