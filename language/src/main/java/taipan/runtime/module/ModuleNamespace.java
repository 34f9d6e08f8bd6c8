package taipan.runtime.module;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.language.TaipanLanguage;
import taipan.runtime.dict.NamespaceBacking;
import taipan.threading.SharedObjects;
import taipan.threading.ThreadingMode;

/**
 * A module's namespace seen as a dict ({@code globals()}, {@code module.__dict__}): every dict operation reads or
 * writes the module object's properties, so the dict and the module's global variables are one namespace, live both
 * ways. The shape keeps properties in insertion order, as a dict does (a deleted and re-added key goes last).
 */
final class ModuleNamespace implements NamespaceBacking {

    private final PythonModule module;

    ModuleNamespace(PythonModule module) {
        this.module = module;
    }

    PythonModule module() {
        return module;
    }

    private static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    @Override
    @TruffleBoundary
    public int length() {
        return keys().size();
    }

    @Override
    @TruffleBoundary
    public Object get(Object key) {
        Object value = lib().getOrDefault(module, key, null);
        return value instanceof PendingAttribute ? null : value;
    }

    @Override
    @TruffleBoundary
    public Object store(Object key, Object value, boolean keepExisting) {
        ThreadingMode mode = mode();
        if (!keepExisting) {
            SharedObjects.put(mode, lib(), module, key, value);
            return value;
        } else if (mode.isSingleThreaded()) {
            return storeIfAbsent(mode, key, value);
        }
        synchronized (module) { // setdefault is one atomic operation once threads run (DESIGN §6)
            return storeIfAbsent(mode, key, value);
        }
    }

    private Object storeIfAbsent(ThreadingMode mode, Object key, Object value) {
        Object existing = get(key);
        if (existing != null) {
            return existing;
        }
        SharedObjects.put(mode, lib(), module, key, value);
        return value;
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key) {
        ThreadingMode mode = mode();
        if (mode.isSingleThreaded()) {
            return removeExisting(mode, key);
        }
        synchronized (module) { // pop is one atomic operation once threads run
            return removeExisting(mode, key);
        }
    }

    private Object removeExisting(ThreadingMode mode, Object key) {
        Object value = get(key);
        if (value != null) {
            SharedObjects.removeKey(mode, lib(), module, key);
        }
        return value;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        ThreadingMode mode = mode();
        for (Object key : keys()) {
            SharedObjects.removeKey(mode, lib(), module, key);
        }
    }

    private static ThreadingMode mode() {
        return TaipanLanguage.get(null).threadingMode();
    }

    @Override
    @TruffleBoundary
    public Object[][] snapshot() {
        List<Object> keys = keys();
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = lib().getOrDefault(module, keys.get(i), null);
        }
        return new Object[][]{keys.toArray(), values, new Object[values.length]};
    }


    /** The keys of the Python-visible entries, in insertion order. */
    private List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        for (Object key : module.getShape().getKeyList()) {
            if (!(lib().getOrDefault(module, key, null) instanceof PendingAttribute)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
