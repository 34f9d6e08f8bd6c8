package taipan.runtime.sre;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PDict;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;

/**
 * A compiled regular expression ({@code re.Pattern}): the engine's {@link SrePattern} and what {@code _sre.compile}
 * was given besides the code. Immutable.
 */
public final class PSrePattern extends PythonObject {

    /** Whether the pattern matches str or bytes subjects; UNKNOWN when it was compiled without source (None). */
    public enum Kind {
        STR,
        BYTES,
        UNKNOWN
    }

    private final SrePattern engine;
    private final Object pattern;
    private final Kind kind;
    private final PDict groupindex;
    private final PTuple indexgroup;

    public PSrePattern(Shape shape, SrePattern engine, Object pattern, Kind kind, PDict groupindex, PTuple indexgroup) {
        super(shape);
        this.engine = engine;
        this.pattern = pattern;
        this.kind = kind;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
    }

    public SrePattern getEngine() {
        return engine;
    }

    /** The source: str, bytes or None. */
    public Object getPattern() {
        return pattern;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isBytes() {
        return kind == Kind.BYTES;
    }

    /** The flags, including those the pattern set inline. */
    public int getFlags() {
        return engine.flags();
    }

    /** Number of capturing groups, group 0 not counted. */
    public int getGroups() {
        return engine.groups();
    }

    /** Group names to indices (the dict re._compiler passed; exposed read-only). */
    public PDict getGroupindex() {
        return groupindex;
    }

    /** Group index to name or None; lastgroup reads it. */
    public PTuple getIndexgroup() {
        return indexgroup;
    }
}
