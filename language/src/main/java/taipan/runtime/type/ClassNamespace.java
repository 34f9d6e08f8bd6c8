package taipan.runtime.type;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The namespace a class body runs in (CPython's class-body dict), in definition order; one thread writes it. */
public final class ClassNamespace {

    private final Map<String, Object> entries = new LinkedHashMap<>();

    @TruffleBoundary
    public Object get(String name) {
        return entries.get(name);
    }

    @TruffleBoundary
    public void put(String name, Object value) {
        entries.put(name, value);
    }

    @TruffleBoundary
    public Object remove(String name) {
        return entries.remove(name);
    }

    /** The entries themselves, for making the class. */
    public Map<String, Object> entries() {
        return entries;
    }
}
