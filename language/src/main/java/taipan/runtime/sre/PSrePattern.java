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
    /** The last immutable subject converted for this pattern: scanners such as json's match one text at many pos. */
    private volatile SubjectCache lastSubject;

    private record SubjectCache(Object subject, int[] units) {
    }

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

    /** The code units of {@code subject} if it is the (immutable) object converted last, else null. */
    public int[] cachedUnits(Object subject) {
        SubjectCache cache = lastSubject;
        return cache != null && cache.subject == subject ? cache.units : null;
    }

    /** Remembers an immutable subject's code units; the engine never writes to them. */
    public void cacheUnits(Object subject, int[] units) {
        lastSubject = new SubjectCache(subject, units);
    }

    /** Group index to name or None; lastgroup reads it. */
    public PTuple getIndexgroup() {
        return indexgroup;
    }
}
