package taipan.runtime.exception;

import taipan.runtime.object.PTuple;
import taipan.runtime.type.PythonClass;

/** A {@code SyntaxError} (or subclass) with CPython's extra fields: where in which text the error is. */
public final class PSyntaxError extends PBaseException {

    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PSyntaxError(PythonClass type, PTuple args, String msg, String filename, int lineno, int offset,
                    int endLineno, int endOffset, String text) {
        super(type, args);
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public String getMsg() {
        return msg;
    }

    public String getFilename() {
        return filename;
    }

    public int getLineno() {
        return lineno;
    }

    public int getOffset() {
        return offset;
    }

    public int getEndLineno() {
        return endLineno;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getText() {
        return text;
    }
}
