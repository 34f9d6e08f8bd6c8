package taipan.frontend.ast;

import java.util.List;

import taipan.frontend.ast.Operators.BoolOp;
import taipan.frontend.ast.Operators.CmpOp;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Operators.Operator;
import taipan.frontend.ast.Operators.UnaryOp;

/** CPython's {@code expr}, one record per constructor, fields in ASDL order; optional fields are null. */
public sealed interface Expr extends Node {

    record BoolOpExpr(Span span, BoolOp op, List<Expr> values) implements Expr {
    }

    record NamedExpr(Span span, Expr target, Expr value) implements Expr {
    }

    record BinOp(Span span, Expr left, Operator op, Expr right) implements Expr {
    }

    record UnaryOpExpr(Span span, UnaryOp op, Expr operand) implements Expr {
    }

    record Lambda(Span span, Arguments args, Expr body) implements Expr {
    }

    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** A null key stands for a {@code **mapping} entry, as in CPython. */
    record Dict(Span span, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record SetExpr(Span span, List<Expr> elts) implements Expr {
    }

    record ListComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record SetComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record DictComp(Span span, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    record GeneratorExp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
    }

    record Await(Span span, Expr value) implements Expr {
    }

    record Yield(Span span, Expr value) implements Expr {
    }

    record YieldFrom(Span span, Expr value) implements Expr {
    }

    record Compare(Span span, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {
    }

    record Call(Span span, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /** {@code conversion} is -1 (none) or the code point of 's', 'r' or 'a'. */
    record FormattedValue(Span span, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    record JoinedStr(Span span, List<Expr> values) implements Expr {
    }

    /**
     * A literal. {@code value} is one of: {@link Long} or {@link java.math.BigInteger} (int), {@link Double} (float),
     * {@link Imaginary} (complex), {@link String} (str), {@link Bytes} (bytes), {@link Boolean}, or
     * {@link Singleton} ({@code None}, {@code ...}). {@code kind} is "u" for a u-prefixed string, else null.
     */
    record Constant(Span span, Object value, String kind) implements Expr {
    }

    record Attribute(Span span, Expr value, String attr, ExprContext ctx) implements Expr {
    }

    record Subscript(Span span, Expr value, Expr slice, ExprContext ctx) implements Expr {
    }

    record Starred(Span span, Expr value, ExprContext ctx) implements Expr {
    }

    record Name(Span span, String id, ExprContext ctx) implements Expr {
    }

    record ListExpr(Span span, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    record Tuple(Span span, List<Expr> elts, ExprContext ctx) implements Expr {
    }

    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {
    }

    /** The value of an imaginary literal such as {@code 2j}. */
    record Imaginary(double imag) {
    }

    /** The value of a bytes literal. */
    record Bytes(byte[] value) {
    }

    /** The constants that are neither numbers nor strings. */
    enum Singleton {
        NONE, ELLIPSIS
    }
}
