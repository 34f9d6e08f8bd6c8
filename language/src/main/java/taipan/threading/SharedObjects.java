package taipan.threading;

import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Writes to objects (instances, modules) that several threads may see (DESIGN §6). While the program is
 * single-threaded a write is the plain library put, and the mode check folds away. Once a second thread runs guest
 * code, the receiver is marked shared first (a shared shape never reuses a storage location, so unsynchronised
 * readers never see a half-moved property), a store-store fence publishes the value's own fields, and the put runs
 * under the object's monitor, so concurrent writes, also ones that add attributes, are never lost.
 */
public final class SharedObjects {
    private SharedObjects() {
    }

    public static void put(ThreadingMode mode, DynamicObjectLibrary lib, DynamicObject object, Object key, Object value) {
        if (mode.isSingleThreaded()) {
            lib.put(object, key, value);
        } else {
            share(lib, object);
            VarHandle.storeStoreFence();
            synchronized (object) {
                lib.put(object, key, value);
            }
        }
    }

    public static void putLong(ThreadingMode mode, DynamicObjectLibrary lib, DynamicObject object, Object key, long value) {
        if (mode.isSingleThreaded()) {
            lib.putLong(object, key, value);
        } else {
            share(lib, object);
            synchronized (object) {
                lib.putLong(object, key, value);
            }
        }
    }

    public static void putDouble(ThreadingMode mode, DynamicObjectLibrary lib, DynamicObject object, Object key,
                    double value) {
        if (mode.isSingleThreaded()) {
            lib.putDouble(object, key, value);
        } else {
            share(lib, object);
            synchronized (object) {
                lib.putDouble(object, key, value);
            }
        }
    }

    /**
     * Removes {@code key}; returns whether it was there. On a shared object the value is overwritten first: a
     * shared shape never reuses a storage location, so removing the key alone leaves the old value in its slot,
     * reachable for as long as the object lives (a deleted module global would never be collected).
     */
    public static boolean removeKey(ThreadingMode mode, DynamicObjectLibrary lib, DynamicObject object, Object key) {
        if (mode.isSingleThreaded() && !lib.isShared(object)) {
            return lib.removeKey(object, key);
        }
        share(lib, object);
        synchronized (object) {
            lib.putIfPresent(object, key, null); // a racing reader sees null: absent, as after the removal
            return lib.removeKey(object, key);
        }
    }

    /** Marks {@code object} shared once; two threads doing it at once agree under the object's monitor. */
    private static void share(DynamicObjectLibrary lib, DynamicObject object) {
        if (!lib.isShared(object)) {
            markShared(object);
        }
    }

    /** Behind a boundary: each new object is shared once, and compiled code must not deoptimise for it. */
    @TruffleBoundary
    private static void markShared(DynamicObject object) {
        DynamicObjectLibrary uncached = DynamicObjectLibrary.getUncached();
        synchronized (object) {
            if (!uncached.isShared(object)) {
                uncached.markShared(object);
            }
        }
    }
}
