package taipan.runtime.weakref;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;

/**
 * {@code weakref.ref} (and instances of its subclasses, which keep attributes as any object does): a Java weak
 * reference to the referent, and the callback the collector's reference queue triggers (DESIGN §6).
 */
public final class PWeakRef extends PythonObject {

    /** The weak reference itself; it points back to its owner so that the queue can find the callback. */
    static final class Referent extends WeakReference<Object> {
        final PWeakRef owner;

        Referent(Object referent, ReferenceQueue<Object> queue, PWeakRef owner) {
            super(referent, queue);
            this.owner = owner;
        }
    }

    private final Referent referent;
    /** The callback, or null; taken (set to null) once, when it runs. */
    private volatile Object callback;
    /** The referent's hash once computed (CPython keeps it after the referent dies); {@code HASH_UNSET} before. */
    private volatile long hash = HASH_UNSET;
    private static final long HASH_UNSET = Long.MIN_VALUE;

    public PWeakRef(Shape shape, Object target, Object callback, ReferenceQueue<Object> queue) {
        super(shape);
        boolean hasCallback = callback != null && callback != PNone.NONE && callback != PNone.NO_VALUE;
        this.callback = hasCallback ? callback : null;
        this.referent = new Referent(target, hasCallback ? queue : null, this);
    }

    /** The referent, or null once it has been collected. */
    public Object get() {
        return referent.get();
    }

    /** The callback (or null if none or already run). */
    public Object getCallback() {
        return callback;
    }

    boolean hasCallback() {
        return callback != null;
    }

    /** Takes the callback for running: only the first caller gets it. */
    synchronized Object takeCallback() {
        Object result = callback;
        callback = null;
        return result;
    }

    public boolean hasHash() {
        return hash != HASH_UNSET;
    }

    public long getHash() {
        return hash;
    }

    public void setHash(long value) {
        hash = value == HASH_UNSET ? value + 1 : value;
    }
}
