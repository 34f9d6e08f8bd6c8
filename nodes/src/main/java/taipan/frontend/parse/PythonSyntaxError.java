package taipan.frontend.parse;

/**
 * A syntax error found by the tokenizer, parser or compile-time checks, carrying what CPython's {@code SyntaxError}
 * carries. The executing side turns it into a Python {@code SyntaxError}/{@code IndentationError}/{@code TabError}.
 */
public final class PythonSyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which Python exception class this becomes. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    private final Kind kind;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    /**
     * @param offset 1-based column of the error's start in characters (code points), as CPython's {@code offset};
     *            {@code endLineno}/{@code endOffset} likewise for its end (0 where CPython reports none)
     * @param text the source line the error is on, with its line terminator, or null (CPython's {@code text})
     */
    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset,
                    String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    /** The message alone, as CPython's {@code SyntaxError.msg}. */
    public String msg() {
        return getMessage();
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }
}
