package taipan.frontend.scope;

import java.util.List;
import java.util.Set;

import taipan.frontend.ast.Alias;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;

/**
 * The {@code from __future__ import} statements at the start of a module, as CPython's Python/future.c reads
 * them: which features are on, where the last such import ends, and the errors for unknown features.
 *
 * @param annotations whether {@code from __future__ import annotations} (PEP 563) is on
 * @param location the span of the last leading future import (line -1 when there is none)
 */
record FutureFeatures(boolean annotations, Span location) {

    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
                    "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
                    "annotations");

    static FutureFeatures of(Mod mod, SyntaxErrors errors) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            default -> List.of();
        };
        boolean annotations = false;
        Span location = new Span(-1, -1, -1, -1);
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != 0 || !"__future__".equals(s.module())) {
                break;
            }
            for (Alias a : s.names()) {
                if (a.name().equals("braces")) {
                    throw errors.at(a.span(), "not a chance");
                }
                if (!KNOWN.contains(a.name())) {
                    throw errors.at(a.span(), "future feature " + a.name() + " is not defined");
                }
                annotations |= a.name().equals("annotations");
            }
            location = s.span();
        }
        return new FutureFeatures(annotations, location);
    }

    private static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                        && c.value() instanceof String;
    }
}
