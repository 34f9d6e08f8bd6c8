package taipan.runtime.dict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.threading.ThreadingMode;

/**
 * A dict whose entries live elsewhere: a module's namespace, kept in the module object's own properties so that
 * global reads and writes in compiled code stay shape-checked field accesses. A {@link DictStorage} with a backing
 * forwards every operation to it (slow paths: {@code globals()} dicts are rarely hot).
 */
public interface NamespaceBacking {

    int length();

    /** The value of {@code key}, or null. */
    Object get(Object key);

    /** Stores {@code value} (unless {@code keepExisting} and present); returns the value now stored. */
    Object store(Object key, Object value, boolean keepExisting);

    /** Removes {@code key}; its value, or null if absent. */
    Object remove(Object key);

    /** Removes everything. */
    void clear();

    /** {keys, values, hashes (all null)} in insertion order. */
    Object[][] snapshot();

    /** A plain storage holding a copy of the entries (for {@code copy()} and iteration). */
    @TruffleBoundary
    default DictStorage materialize() {
        ThreadingMode mode = TaipanLanguage.get(null).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        DictStorage copy = new DictStorage();
        Object[][] entries = snapshot();
        for (int i = 0; i < entries[0].length; i++) {
            copy.put(mode, ops, entries[0][i], entries[1][i]);
        }
        return copy;
    }
}
