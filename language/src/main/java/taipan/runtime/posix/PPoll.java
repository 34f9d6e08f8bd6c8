package taipan.runtime.posix;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A {@code select.poll} object: the registered descriptors and the events each waits for. */
public final class PPoll extends PythonObject {
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();

    public PPoll(Shape shape) {
        super(shape);
    }

    /** The registrations; callers synchronise on this object (threads may share one poll object). */
    public Map<Integer, Integer> registered() {
        return registered;
    }
}
