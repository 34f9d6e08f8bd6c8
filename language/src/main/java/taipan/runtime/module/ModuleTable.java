package taipan.runtime.module;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * {@code sys.modules} as the import machinery sees it: the context's {@link PDict}, read and written by module name.
 * The dict itself is what programs see and may change (add, replace, delete entries).
 */
public final class ModuleTable {

    private final PDict dict = new PDict();
    private final ThreadingMode mode;
    private final BuiltinEquality ops;

    public ModuleTable(ThreadingMode mode) {
        this.mode = mode;
        this.ops = new BuiltinEquality(mode);
    }

    /** The {@code sys.modules} dict. */
    public PDict getDict() {
        return dict;
    }

    /** {@code sys.modules.get(name)}: any object a program put there, or null when the name is absent. */
    @TruffleBoundary
    public Object get(String name) {
        return dict.getStorage().get(mode, ops, PyStrings.of(name));
    }

    @TruffleBoundary
    public void put(String name, Object module) {
        dict.getStorage().put(mode, ops, PyStrings.of(name), module);
    }

    /** Removes {@code name} if present (a module whose body failed leaves {@code sys.modules}). */
    @TruffleBoundary
    public void remove(String name) {
        Object key = PyStrings.of(name);
        dict.getStorage().remove(mode, ops, key, ops.hash(key));
    }
}
