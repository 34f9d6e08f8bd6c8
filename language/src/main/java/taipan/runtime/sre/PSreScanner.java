package taipan.runtime.sre;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one subject. The engine's scanner is not thread-safe, so calls
 * are serialised on this object (CPython 3.13 raises "regular expression scanner already executing" instead).
 */
public final class PSreScanner extends PythonObject {

    private final SreScanner scanner;
    private final PSrePattern pattern;
    private final Object string;
    private final int[] subject;

    public PSreScanner(Shape shape, SreScanner scanner, PSrePattern pattern, Object string, int[] subject) {
        super(shape);
        this.scanner = scanner;
        this.pattern = pattern;
        this.string = string;
        this.subject = subject;
    }

    public PSrePattern getPattern() {
        return pattern;
    }

    public Object getString() {
        return string;
    }

    public int[] getSubject() {
        return subject;
    }

    /** The next match found by searching (or anchored at the current position), or null at the end. */
    public synchronized SreMatch next(boolean search) {
        return search ? scanner.search() : scanner.match();
    }
}
