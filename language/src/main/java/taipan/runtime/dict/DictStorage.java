package taipan.runtime.dict;

import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ElementOps;
import taipan.threading.ThreadingMode;

/**
 * The storage of a Python dict: an insertion-ordered compact {@link HashTable}. Lookups follow CPython's
 * dict_lookup, restarting when a key's {@code __eq__} changed the dict under it. Single-threaded mode locks nothing.
 * Multi-threaded mode: readers lock nothing (they read the table once); writers look up without the lock (so guest
 * {@code __eq__} never runs under it), then apply the change under the dict's monitor only if no structural change
 * happened meanwhile ({@link #version}), else retry. {@code synchronized}: no lock object per dict.
 */
public class DictStorage {
    private static final int RESTART = -3;

    HashTable table = new HashTable(HashTable.MIN_SIZE);
    /** Bumped (under the lock, after the writes) by every insertion, deletion, resize and clear. */
    int version;
    /** Non-null for a namespace dict whose entries live in a module object ({@code globals()}). */
    private NamespaceBacking backing;

    public DictStorage() {
    }

    /** Turns this storage into a view of {@code namespace}; its own entries must have been moved there first. */
    public final void setBacking(NamespaceBacking namespace) {
        table = new HashTable(HashTable.MIN_SIZE);
        backing = namespace;
        bumpVersion(true);
    }

    /** The namespace this storage forwards to, or null for an ordinary dict. */
    public final NamespaceBacking getBacking() {
        return backing;
    }

    DictStorage(HashTable table) {
        this.table = table;
    }

    /** {@code len(dict)}. */
    public final int length(ThreadingMode mode) {
        if (backing != null) {
            return backing.length();
        }
        return table.count;
    }

    /** The version counter read before an unlocked lookup (acquire: the table read after it is at least as new). */
    final int readVersion(boolean shared) {
        int v = version;
        if (shared) {
            VarHandle.acquireFence();
        }
        return v;
    }

    /** A structural change is done: publish it to version checkers (release in multi-threaded mode). */
    final void bumpVersion(boolean shared) {
        if (shared) {
            VarHandle.releaseFence();
        }
        version++;
    }

    /**
     * Entry index of {@code key} in {@code t}, -1 if absent, RESTART if {@code __eq__} changed the dict. With
     * {@code strEq} (a caller's cached node), two str keys compare in compiled code instead of behind a boundary.
     */
    final int lookup(HashTable t, Object key, long hash, ElementOps ops, boolean shared, TruffleString.EqualNode strEq) {
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = indices[i];
            if (ix == HashTable.FREE) {
                return -1;
            }
            if (ix >= 0) {
                if (shared) {
                    VarHandle.acquireFence(); // pairs with insertNew's release: the entry is visible before its index
                }
                Object k = t.keys[ix];
                if (k != null && (k == key || t.hashes[ix] == hash)) {
                    int eq = strEq != null ? KeyEquality.direct(k, key, strEq) : KeyEquality.direct(k, key);
                    if (eq == KeyEquality.UNKNOWN) {
                        boolean equal = ops.eq(k, key);
                        if (table != t || t.keys[ix] != k) {
                            return RESTART; // CPython restarts too: the comparison mutated the dict
                        }
                        eq = equal ? KeyEquality.TRUE : KeyEquality.FALSE;
                    }
                    if (eq == KeyEquality.TRUE) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** {@code dict.get(key)}: the value, or null if absent. */
    public final Object get(ThreadingMode mode, ElementOps ops, Object key) {
        return get(mode, ops, key, ops.hash(key));
    }

    /** {@link #get(ThreadingMode, ElementOps, Object)} with the key's hash already known (a str's cached hash). */
    public final Object get(ThreadingMode mode, ElementOps ops, Object key, long hash) {
        return get(mode, ops, key, hash, null);
    }

    /** {@link #get(ThreadingMode, ElementOps, Object, long)} comparing str keys with {@code strEq} (may be null). */
    public final Object get(ThreadingMode mode, ElementOps ops, Object key, long hash, TruffleString.EqualNode strEq) {
        if (backing != null) {
            return backing.get(key);
        }
        boolean shared = mode.isMultiThreaded();
        while (true) {
            HashTable t = table;
            int ix = lookup(t, key, hash, ops, shared, strEq);
            if (ix != RESTART) {
                // A null value means the entry was deleted concurrently: absent.
                return ix < 0 ? null : t.values[ix];
            }
        }
    }

    /** {@code key in dict}. */
    public final boolean containsKey(ThreadingMode mode, ElementOps ops, Object key) {
        return get(mode, ops, key) != null;
    }

    /** {@code dict[key]}: KeyError(key) if absent. */
    public final Object getItem(ThreadingMode mode, ElementOps ops, Object key) {
        Object value = get(mode, ops, key);
        if (value == null) {
            throw ContainerError.keyError(key);
        }
        return value;
    }

    /** {@code dict[key] = value}; atomic. */
    public final void put(ThreadingMode mode, ElementOps ops, Object key, Object value) {
        put(mode, ops, key, ops.hash(key), value);
    }

    /** {@code dict[key] = value} with the key's hash already known. */
    public final void put(ThreadingMode mode, ElementOps ops, Object key, long hash, Object value) {
        store(mode, ops, key, hash, value, false, null);
    }

    /** {@code dict.setdefault(key, value)}: the existing value, or {@code value} after inserting it; atomic. */
    public final Object setDefault(ThreadingMode mode, ElementOps ops, Object key, Object value) {
        return store(mode, ops, key, ops.hash(key), value, true, null);
    }

    /** {@code dict.setdefault(key, value)} with the key's hash already known. */
    public final Object setDefault(ThreadingMode mode, ElementOps ops, Object key, long hash, Object value) {
        return store(mode, ops, key, hash, value, true, null);
    }

    /**
     * Inserts or (unless {@code keepExisting}) replaces; returns the value now stored. {@code strEq} (may be null)
     * compares str keys, as in {@link #lookup}.
     */
    public final Object store(ThreadingMode mode, ElementOps ops, Object key, long hash, Object value, boolean keepExisting,
                    TruffleString.EqualNode strEq) {
        if (backing != null) {
            return backing.store(key, value, keepExisting);
        }
        if (mode.isSingleThreaded()) {
            while (true) {
                HashTable t = table;
                int ix = lookup(t, key, hash, ops, false, strEq);
                if (ix != RESTART) {
                    return apply(t, ix, key, hash, value, keepExisting, false);
                }
            }
        }
        return storeShared(ops, key, hash, value, keepExisting);
    }

    @TruffleBoundary
    private Object storeShared(ElementOps ops, Object key, long hash, Object value, boolean keepExisting) {
        while (true) {
            int v = readVersion(true);
            HashTable t = table;
            int ix = lookup(t, key, hash, ops, true, null);
            if (ix == RESTART) {
                continue;
            }
            synchronized (this) {
                if (version == v && table == t) {
                    return apply(t, ix, key, hash, value, keepExisting, true);
                }
            }
        }
    }

    private Object apply(HashTable t, int ix, Object key, long hash, Object value, boolean keepExisting, boolean shared) {
        if (ix >= 0) {
            if (keepExisting) {
                return t.values[ix];
            }
            t.values[ix] = value;
            return value;
        }
        insert(key, hash, value, shared);
        return value;
    }

    /** Appends a new entry, growing (and compacting) first when the entries are used up. */
    final void insert(Object key, long hash, Object value, boolean shared) {
        HashTable t = table;
        if (t.used == t.keys.length) {
            t = grow(t);
        }
        t.insertNew(key, hash, value, shared);
        bumpVersion(shared);
    }

    @TruffleBoundary
    private HashTable grow(HashTable t) {
        // CPython's GROWTH_RATE: room for three times the live entries (compaction may make that a shrink).
        HashTable bigger = t.resized(t.count * 3);
        table = bigger;
        return bigger;
    }

    /** {@code dict.pop(key, default)}: the removed value; {@code defaultValue} (or KeyError(key) if null) if absent. */
    public final Object pop(ThreadingMode mode, ElementOps ops, Object key, Object defaultValue) {
        Object removed = remove(mode, ops, key, ops.hash(key));
        if (removed == null) {
            if (defaultValue == null) {
                throw ContainerError.keyError(key);
            }
            return defaultValue;
        }
        return removed;
    }

    /** {@code del dict[key]}: KeyError(key) if absent. */
    public final void delete(ThreadingMode mode, ElementOps ops, Object key) {
        pop(mode, ops, key, null);
    }

    /** Removes {@code key}; returns its value, or null if it was absent. Atomic. */
    public final Object remove(ThreadingMode mode, ElementOps ops, Object key, long hash) {
        if (backing != null) {
            return backing.remove(key);
        }
        boolean shared = mode.isMultiThreaded();
        while (true) {
            int v = readVersion(shared);
            HashTable t = table;
            int ix = lookup(t, key, hash, ops, shared, null);
            if (ix == RESTART) {
                continue;
            }
            if (ix < 0) {
                return null;
            }
            if (!shared) {
                return removeEntry(t, ix, false);
            }
            Object removed = removeShared(t, ix, v);
            if (removed != null) {
                return removed;
            }
        }
    }

    @TruffleBoundary
    private synchronized Object removeShared(HashTable t, int ix, int v) {
        return version == v && table == t ? removeEntry(t, ix, true) : null;
    }

    private Object removeEntry(HashTable t, int ix, boolean shared) {
        Object value = t.values[ix];
        t.deleteEntry(ix);
        bumpVersion(shared);
        return value;
    }

    /** {@code dict.popitem()}: the last inserted pair {key, value}; KeyError "popitem(): dictionary is empty". */
    public final Object[] popItem(ThreadingMode mode) {
        if (backing != null) {
            return popBacked();
        }
        if (mode.isSingleThreaded()) {
            return popItemUnlocked(false);
        }
        return popItemLocked();
    }

    @TruffleBoundary
    private synchronized Object[] popItemLocked() {
        return popItemUnlocked(true);
    }

    private Object[] popItemUnlocked(boolean shared) {
        HashTable t = table;
        int i = t.used - 1;
        while (i >= 0 && t.keys[i] == null) {
            i--;
        }
        if (i < 0) {
            throw ContainerError.keyErrorWithMessage("popitem(): dictionary is empty");
        }
        Object[] pair = {t.keys[i], t.values[i]};
        t.deleteEntry(i);
        t.used = i; // LIFO: the freed tail is reused, as CPython does
        bumpVersion(shared);
        return pair;
    }

    @TruffleBoundary
    private Object[] popBacked() {
        Object[][] entries = backing.snapshot();
        int last = entries[0].length - 1;
        if (last < 0) {
            throw ContainerError.keyErrorWithMessage("popitem(): dictionary is empty");
        }
        backing.remove(entries[0][last]);
        return new Object[]{entries[0][last], entries[1][last]};
    }

    /** {@code dict.clear()}. */
    public final void clear(ThreadingMode mode) {
        if (backing != null) {
            backing.clear();
            return;
        }
        if (mode.isSingleThreaded()) {
            table = new HashTable(HashTable.MIN_SIZE);
            bumpVersion(false);
        } else {
            clearLocked();
        }
    }

    @TruffleBoundary
    private synchronized void clearLocked() {
        table = new HashTable(HashTable.MIN_SIZE);
        bumpVersion(true);
    }

    /** {@code dict.copy()}. */
    @TruffleBoundary
    public final DictStorage copy(ThreadingMode mode) {
        if (backing != null) {
            return backing.materialize();
        }
        if (mode.isSingleThreaded()) {
            return new DictStorage(table.copy());
        }
        synchronized (this) {
            return new DictStorage(table.copy());
        }
    }

    /** {@code dict.update(other)}: each pair stored in {@code other}'s order (each store atomic). */
    @TruffleBoundary
    public final void update(ThreadingMode mode, ElementOps ops, DictStorage other) {
        Object[][] entries = other.snapshot(mode);
        for (int i = 0; i < entries[0].length; i++) {
            put(mode, ops, entries[0][i], entries[2][i] == null ? ops.hash(entries[0][i]) : (Long) entries[2][i], entries[1][i]);
        }
    }

    /** {keys, values, hashes} of the live entries in insertion order: a consistent snapshot. */
    @TruffleBoundary
    public final Object[][] snapshot(ThreadingMode mode) {
        if (backing != null) {
            return backing.snapshot();
        }
        if (mode.isSingleThreaded()) {
            return DictSnapshot.of(table);
        }
        synchronized (this) {
            return DictSnapshot.of(table);
        }
    }

    /** An iterator over keys, values or items; safe to share between threads. */
    public final DictIteratorState iterator(DictIteratorState.Kind kind) {
        if (backing != null) {
            return materializedIterator(kind);
        }
        return new DictIteratorState(this, kind, "dictionary changed size during iteration");
    }

    /** Out of compiled code: partial evaluation would inline this recursion without end (a permanent bailout). */
    @TruffleBoundary
    private DictIteratorState materializedIterator(DictIteratorState.Kind kind) {
        return backing.materialize().iterator(kind);
    }
}
