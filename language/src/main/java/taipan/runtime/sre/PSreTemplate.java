package taipan.runtime.sre;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _sre.SRE_Template}: a replacement template that {@code _sre.template} built from
 * {@code re._parser.parse_template}'s list. {@link #getLiteral} is the first literal as given, which is the whole
 * replacement when there is no group reference.
 */
public final class PSreTemplate extends PythonObject {

    private final SreTemplate template;
    private final Object literal;
    private final Object mismatch;

    /** mismatch: a literal of the wrong kind for the pattern (bytes for str), raised as CPython's join does. */
    public PSreTemplate(Shape shape, SreTemplate template, Object literal, Object mismatch) {
        super(shape);
        this.template = template;
        this.literal = literal;
        this.mismatch = mismatch;
    }

    public SreTemplate getTemplate() {
        return template;
    }

    public Object getLiteral() {
        return literal;
    }

    /** A literal that does not fit the subject's kind, or null. */
    public Object getMismatch() {
        return mismatch;
    }
}
