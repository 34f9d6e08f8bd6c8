package taipan.frontend.ast;

/** CPython's small enumerations of the AST: contexts and operators. Enum names are CPython's node names. */
public final class Operators {

    private Operators() {
    }

    /** {@code expr_context}. */
    public enum ExprContext {
        Load, Store, Del
    }

    /** {@code boolop}. */
    public enum BoolOp {
        And, Or
    }

    /** {@code operator}: the binary and augmented-assignment operators, with their source symbol. */
    public enum Operator {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"), RShift(">>"),
        BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code unaryop}. */
    public enum UnaryOp {
        Invert("~"), Not("not"), UAdd("+"), USub("-");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code cmpop}. */
    public enum CmpOp {
        Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"),
        NotIn("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
