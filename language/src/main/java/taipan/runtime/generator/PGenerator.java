package taipan.runtime.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * A generator object: the materialised frame its body runs in and the call target that resumes the body there. The
 * tree's resumable nodes record where the body was suspended in that frame; {@link #isResuming()} tells them to skip
 * back to it instead of starting afresh. Runs on whichever thread calls it; "already executing" guards re-entry.
 */
public class PGenerator implements GeneratorFamily {

    private final MaterializedFrame frame;
    private final RootCallTarget resume;
    private String name;
    private String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    private boolean resuming;
    private Object sent = PNone.NONE;
    /** An exception {@code throw()} or {@code close()} raises at the suspension point, or null. */
    private PException thrown;
    private Object returnValue = PNone.NONE;
    /** The iterator a {@code yield from} is delegating to while suspended in it ({@code gi_yieldfrom}), or None. */
    private Object delegate = PNone.NONE;
    /** A generator made by a {@code types.coroutine} function (CO_ITERABLE_COROUTINE): {@code await} accepts it. */
    private boolean iterableCoroutine;
    /** The line of the suspension point (or of the {@code def} before the start), for {@code gi_frame.f_lineno}. */
    private int line;
    /** The code object of the function that made it ({@code gi_code}), or null for a generator expression. */
    private Object code;
    /** The frame object {@code gi_frame} gives, made on the first read so that every read gives the same one. */
    private PGeneratorFrame frameObject;

    public PGenerator(MaterializedFrame frame, RootCallTarget resume, String name, String qualname) {
        this.frame = frame;
        this.resume = resume;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.GENERATOR;
    }

    /** The kind in CPython's messages: "generator", "coroutine" or "async generator". */
    public String kindName() {
        return "generator";
    }

    public PGeneratorFrame getFrameObject() {
        PGeneratorFrame result = frameObject;
        if (result == null) {
            result = new PGeneratorFrame(this);
            frameObject = result;
        }
        return result;
    }

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    public Object getCode() {
        return code;
    }

    public void setCode(Object code) {
        this.code = code;
    }

    public boolean isIterableCoroutine() {
        return iterableCoroutine;
    }

    public void setIterableCoroutine(boolean value) {
        iterableCoroutine = value;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resume;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    /** {@code __name__ = ...} (a str, checked by the caller). */
    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return running;
    }

    /** Enters the body: a started generator resumes at its suspension point with {@code value} as the yield's result. */
    public void enter(Object value, PException exception) {
        running = true;
        resuming = started;
        started = true;
        sent = value;
        thrown = exception;
    }

    /** Leaves the body (a yield or the end). */
    public void leave() {
        running = false;
        resuming = false;
    }

    /** The body returned (or raised): the generator is exhausted from now on. */
    public void finish(Object value) {
        finished = true;
        returnValue = value;
    }

    /** Whether the body is being re-entered and the resumable nodes must skip to where it was suspended. */
    public boolean isResuming() {
        return resuming;
    }

    /** The suspension point was reached: the body continues normally from here. */
    public void resumed() {
        resuming = false;
    }

    /** The value {@code send()} passed in (None for {@code next()}). */
    public Object takeSent() {
        Object value = sent;
        sent = PNone.NONE;
        return value;
    }

    /** The exception {@code throw()}/{@code close()} raises at the suspension point, or null. */
    public PException takeThrown() {
        PException e = thrown;
        thrown = null;
        return e;
    }

    public Object getDelegate() {
        return delegate;
    }

    public void setDelegate(Object iterator) {
        delegate = iterator;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    @Override
    public String toString() {
        return "<" + getBuiltinType().getPythonName() + " object " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
