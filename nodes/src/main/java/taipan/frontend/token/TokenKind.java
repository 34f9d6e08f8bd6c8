package taipan.frontend.token;

/** The kinds of token the tokenizer produces, as CPython's {@code Grammar/Tokens} (operators share {@code OP}). */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, FSTRING_START, FSTRING_MIDDLE, FSTRING_END
}
