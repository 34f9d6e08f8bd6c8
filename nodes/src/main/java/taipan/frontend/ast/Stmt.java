package taipan.frontend.ast;

import java.util.List;

import taipan.frontend.ast.Operators.Operator;

/** CPython's {@code stmt}, one record per constructor, fields in ASDL order; optional fields are null. */
public sealed interface Stmt extends Node {

    record FunctionDef(Span span, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                    String typeComment, List<TypeParam> typeParams, boolean isAsync) implements Stmt {
    }

    record ClassDef(Span span, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, List<TypeParam> typeParams) implements Stmt {
    }

    record Return(Span span, Expr value) implements Stmt {
    }

    record Delete(Span span, List<Expr> targets) implements Stmt {
    }

    record Assign(Span span, List<Expr> targets, Expr value, String typeComment) implements Stmt {
    }

    record TypeAlias(Span span, Expr name, List<TypeParam> typeParams, Expr value) implements Stmt {
    }

    record AugAssign(Span span, Expr target, Operator op, Expr value) implements Stmt {
    }

    record AnnAssign(Span span, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
                    boolean isAsync) implements Stmt {
    }

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    record With(Span span, List<WithItem> items, List<Stmt> body, String typeComment, boolean isAsync) implements Stmt {
    }

    record Match(Span span, Expr subject, List<MatchCase> cases) implements Stmt {
    }

    record Raise(Span span, Expr exc, Expr cause) implements Stmt {
    }

    /** {@code try} and, with {@code isStar}, {@code try ... except*} (CPython's {@code TryStar}). */
    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                    boolean isStar) implements Stmt {
    }

    record Assert(Span span, Expr test, Expr msg) implements Stmt {
    }

    record Import(Span span, List<Alias> names) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}. */
    record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {
    }

    record Global(Span span, List<String> names) implements Stmt {
    }

    record Nonlocal(Span span, List<String> names) implements Stmt {
    }

    record ExprStmt(Span span, Expr value) implements Stmt {
    }

    record Pass(Span span) implements Stmt {
    }

    record Break(Span span) implements Stmt {
    }

    record Continue(Span span) implements Stmt {
    }
}
