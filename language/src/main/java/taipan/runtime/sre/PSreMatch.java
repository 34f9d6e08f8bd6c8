package taipan.runtime.sre;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A successful match ({@code re.Match}): the engine's spans, the pattern, the subject and its code units. */
public final class PSreMatch extends PythonObject {

    private final SreMatch match;
    private final PSrePattern pattern;
    private final Object string;
    private final int[] subject;

    public PSreMatch(Shape shape, SreMatch match, PSrePattern pattern, Object string, int[] subject) {
        super(shape);
        this.match = match;
        this.pattern = pattern;
        this.string = string;
        this.subject = subject;
    }

    public SreMatch getMatch() {
        return match;
    }

    public PSrePattern getPattern() {
        return pattern;
    }

    /** The object searched, as given ({@code Match.string}). */
    public Object getString() {
        return string;
    }

    /** The subject's code points (str) or byte values (bytes-like). */
    public int[] getSubject() {
        return subject;
    }
}
