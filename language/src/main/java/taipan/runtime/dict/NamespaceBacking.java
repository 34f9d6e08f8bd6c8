package taipan.runtime.dict;

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
    DictStorage materialize();
}
