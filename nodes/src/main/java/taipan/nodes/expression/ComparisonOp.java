package taipan.nodes.expression;

/** The rich comparison operators (CPython's {@code Py_LT} ... {@code Py_GE}). */
public enum ComparisonOp {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    public final String symbol;

    ComparisonOp(String symbol) {
        this.symbol = symbol;
    }

    /** Whether a three-way comparison result {@code cmp} (negative, zero, positive) satisfies the operator. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }

    public boolean isEquality() {
        return this == EQ || this == NE;
    }
}
