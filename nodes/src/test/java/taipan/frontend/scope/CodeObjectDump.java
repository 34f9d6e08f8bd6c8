package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Stmt;

/**
 * Renders what the translator will allocate per code object (parameters and locals, cells, free variables) in the
 * form oracle_scope.py prints for CPython's code objects ({@code co_varnames}, {@code co_cellvars},
 * {@code co_freevars}).
 */
final class CodeObjectDump {

    private CodeObjectDump() {
    }

    static String dump(Scope module) {
        List<String> out = new ArrayList<>();
        for (Scope c : module.children()) {
            walk(c, out);
        }
        Collections.sort(out);
        return String.join("\n", out);
    }

    private static void walk(Scope s, List<String> out) {
        List<String> locals = s.locals();
        int n = s.type() == BlockType.CLASS ? 0 : s.parameters().size();
        List<String> names = new ArrayList<>(locals.subList(0, n));
        List<String> rest = new ArrayList<>(locals.subList(n, locals.size()));
        Collections.sort(rest);
        names.addAll(rest);
        out.add(codeName(s) + " " + firstLine(s) + " " + kind(s) + " varnames=" + pyList(names) + " cells=" + pyList(s.cellvars())
                        + " frees=" + pyList(s.freevars()));
        for (Scope c : s.children()) {
            walk(c, out);
        }
    }

    /** CPython's CO_GENERATOR / CO_COROUTINE / CO_ASYNC_GENERATOR, decided from the scope's flags. */
    private static String kind(Scope s) {
        if (s.isGenerator() && s.isCoroutine()) {
            return "async-generator";
        }
        return s.isGenerator() ? "generator" : s.isCoroutine() ? "coroutine" : "plain";
    }

    private static String codeName(Scope s) {
        return switch (s.type()) {
            case TYPE_PARAMETERS -> "<generic parameters of " + s.name() + ">";
            case FUNCTION -> switch (s.comprehensionType()) {
                case NONE -> s.key() instanceof Expr.Lambda ? "<lambda>" : s.name();
                default -> "<" + s.name() + ">";
            };
            default -> s.name();
        };
    }

    private static int firstLine(Scope s) {
        if (s.type() == BlockType.TYPE_PARAMETERS) {
            // a generic def's type-parameter code starts where the def does, decorators included
            for (Scope c : s.children()) {
                if (c.key() instanceof Stmt.FunctionDef || c.key() instanceof Stmt.ClassDef) {
                    return firstLine(c);
                }
            }
        }
        List<Expr> decorators = switch (s.key()) {
            case Stmt.FunctionDef f -> f.decoratorList();
            case Stmt.ClassDef c -> c.decoratorList();
            case null, default -> List.of();
        };
        return decorators.isEmpty() ? s.lineno() : decorators.get(0).span().lineno();
    }

    private static String pyList(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add("'" + n + "'");
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
