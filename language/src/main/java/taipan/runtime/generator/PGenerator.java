package taipan.runtime.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;

/**
 * A generator object: the materialised frame its body runs in and the call target that resumes the body there. The
 * tree's resumable nodes record where the body was suspended in that frame; {@link #isResuming()} tells them to skip
 * back to it instead of starting afresh. Runs on whichever thread calls it; "already executing" guards re-entry.
 */
public final class PGenerator {

    private final MaterializedFrame frame;
    private final RootCallTarget resume;
    private final String name;
    private final String qualname;
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

    public PGenerator(MaterializedFrame frame, RootCallTarget resume, String name, String qualname) {
        this.frame = frame;
        this.resume = resume;
        this.name = name;
        this.qualname = qualname;
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
        return "<generator object " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
