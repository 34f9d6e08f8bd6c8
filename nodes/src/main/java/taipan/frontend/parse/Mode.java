package taipan.frontend.parse;

/** The {@code mode} argument of CPython's {@code compile()}: what kind of source is parsed. */
public enum Mode {
    /** A module or {@code exec()} source: yields {@code Module}. */
    EXEC,
    /** One expression ({@code eval()}): yields {@code Expression}. */
    EVAL,
    /** One interactive statement (the REPL): yields {@code Interactive}. */
    SINGLE,
    /** A function type comment: yields {@code FunctionType}. */
    FUNC_TYPE
}
