package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.threading.ThreadingMode;

/**
 * The keys and values of any mapping for {@code **m} in calls and dict displays: a dict's entries, or for another
 * object {@code m.keys()} and then {@code m[key]} for each key, as CPython's {@code PyDict_Update} does.
 */
public final class MappingEntries {

    private MappingEntries() {
    }

    /** {keys, values}, or null when {@code mapping} has no {@code keys} method (so is not a mapping). */
    @TruffleBoundary
    public static Object[][] of(ThreadingMode mode, Object mapping) {
        if (mapping instanceof PDict dict) {
            return dict.getStorage().snapshot(mode);
        } else if (mapping instanceof PMappingProxy proxy) {
            return proxy.getMapping().getStorage().snapshot(mode);
        } else if (!(mapping instanceof PythonObject)) {
            return null;
        }
        taipan.runtime.dict.DictStorage storage = plainDictStorage(mapping);
        if (storage != null) {
            return storage.snapshot(mode);
        }
        Object keys = UncachedCalls.callSpecial(mapping, "keys");
        if (keys == null) {
            return null;
        }
        Object[] names = ContainerItems.of(mode, keys);
        if (names == null) {
            return null;
        }
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = UncachedCalls.callSpecial(mapping, "__getitem__", names[i]);
        }
        return new Object[][]{names, values};
    }

    /**
     * The storage of a dict subclass instance whose class keeps dict's own iteration, which CPython's
     * {@code dict_merge} copies directly without calling a {@code __getitem__} override; else null.
     */
    @TruffleBoundary
    public static taipan.runtime.dict.DictStorage plainDictStorage(Object mapping) {
        if (mapping instanceof PBuiltinSubclassObject o && o.getValue() instanceof PDict d
                        && !UncachedCalls.hasUserAttribute(o.getPythonClass(), "__iter__")) {
            return d.getStorage();
        }
        return null;
    }
}
