package taipan.runtime.io;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _io.IncrementalNewlineDecoder} (CPython's {@code Modules/_io/textio.c}): wraps a decoder (or none, for
 * text input), translates \r and \r\n to \n when asked, holds back a final \r until the next input shows whether
 * a \n follows, and records which kinds of line ending it has seen.
 */
public final class PIncrementalNewlineDecoder extends PythonObject {

    public static final int SEEN_LF = 1;
    public static final int SEEN_CR = 2;
    public static final int SEEN_CRLF = 4;

    private Object decoder;
    private boolean translate;
    private boolean pendingCR;
    private int seen;
    private boolean ready;

    public PIncrementalNewlineDecoder(Shape shape) {
        super(shape);
    }

    public void init(Object inner, boolean translateNewlines) {
        this.decoder = inner;
        this.translate = translateNewlines;
        this.pendingCR = false;
        this.seen = 0;
        this.ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    public Object getDecoder() {
        return decoder;
    }

    public boolean isPendingCR() {
        return pendingCR;
    }

    public void setPendingCR(boolean value) {
        pendingCR = value;
    }

    public int getSeen() {
        return seen;
    }

    public void reset() {
        pendingCR = false;
        seen = 0;
    }

    /** The decoded text with a held-back \r put in front, a new final \r held back, and newlines translated. */
    public String process(String decodedText, boolean last) {
        String text = decodedText;
        if (pendingCR && (!text.isEmpty() || last)) {
            text = "\r" + text;
            pendingCR = false;
        }
        if (!last && text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
            pendingCR = true;
        }
        int crlf = count(text, "\r\n");
        int cr = count(text, "\r") - crlf;
        int lf = count(text, "\n") - crlf;
        seen |= (lf > 0 ? SEEN_LF : 0) | (cr > 0 ? SEEN_CR : 0) | (crlf > 0 ? SEEN_CRLF : 0);
        if (translate && (cr > 0 || crlf > 0)) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
