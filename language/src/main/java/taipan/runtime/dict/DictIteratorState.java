package taipan.runtime.dict;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.list.ContainerError;
import taipan.threading.ThreadingMode;

/**
 * The state of a dict (or set) iterator, CPython's {@code dictiterobject}: a position in the entry array, the size
 * seen at creation (a different size raises RuntimeError "dictionary changed size during iteration", and keeps
 * raising) and the count of items still expected. In multi-threaded mode the position advances by compare-and-set,
 * so threads sharing the iterator never get the same entry twice; nothing it reads can throw a Java exception.
 */
public final class DictIteratorState {
    /** What {@link #next} yields: the key, the value, or a {key, value} pair. */
    public enum Kind {
        KEYS,
        VALUES,
        ITEMS
    }

    private static final VarHandle POSITION;
    private static final VarHandle REMAINING;

    static {
        try {
            POSITION = MethodHandles.lookup().findVarHandle(DictIteratorState.class, "position", int.class);
            REMAINING = MethodHandles.lookup().findVarHandle(DictIteratorState.class, "remaining", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DictStorage dict;
    private final Kind kind;
    private final String changedSizeMessage;
    /**
     * The size at creation; -1 once the size changed, so that every later call raises too (as CPython). Plain: racing
     * threads all write -1, and a thread that misses it compares the live size, which raises just the same.
     */
    private int expectedSize;
    private int position;
    private boolean exhausted;
    /** Dict iterators also raise "dictionary keys changed during iteration"; set iterators do not (CPython). */
    private final boolean checksKeys;
    /** Items still expected (CPython's {@code di->len}); finding one more means keys were replaced. */
    private int remaining;

    /** {@code changedSizeMessage}: "dictionary changed size during iteration" or "Set changed size during iteration". */
    public DictIteratorState(DictStorage dict, Kind kind, String changedSizeMessage) {
        this.dict = dict;
        this.kind = kind;
        this.changedSizeMessage = changedSizeMessage;
        this.expectedSize = dict.table.count;
        this.remaining = expectedSize;
        this.checksKeys = changedSizeMessage.startsWith("dictionary");
    }

    /** The next key, value or {key, value} pair, or null when exhausted; RuntimeError if the dict changed size. */
    public Object next(ThreadingMode mode) {
        if (exhausted) {
            return null;
        }
        int expected = expectedSize;
        if (expected != dict.table.count) {
            expectedSize = -1;
            throw ContainerError.runtimeError(changedSizeMessage);
        }
        return mode.isSingleThreaded() ? nextUnshared() : nextShared();
    }

    private Object nextUnshared() {
        HashTable t = dict.table;
        int i = position;
        while (i < t.used && t.keys[i] == null) {
            i++;
        }
        if (i >= t.used) {
            position = i;
            exhausted = true;
            return null;
        }
        if (remaining == 0 && checksKeys) {
            // Same size, but more entries than there were: keys were deleted and others added (CPython's check).
            throw ContainerError.runtimeError("dictionary keys changed during iteration");
        }
        remaining--;
        position = i + 1;
        return result(t.keys[i], t.values[i]);
    }

    @TruffleBoundary
    private Object nextShared() {
        while (true) {
            HashTable t = dict.table;
            int i = (int) POSITION.getVolatile(this);
            int used = Math.min(t.used, t.keys.length);
            if (i >= used) {
                exhausted = true;
                return null;
            }
            Object key = t.keys[i];
            Object value = t.values[i];
            if (POSITION.compareAndSet(this, i, i + 1) && key != null && value != null) {
                // the same-size-but-keys-replaced check as nextUnshared, on a counter threads share
                if ((int) REMAINING.getAndAdd(this, -1) <= 0 && checksKeys) {
                    throw ContainerError.runtimeError("dictionary keys changed during iteration");
                }
                return result(key, value);
            }
            // Lost the race for position i, or its entry is deleted (or half-deleted): move on.
        }
    }

    private Object result(Object key, Object value) {
        return switch (kind) {
            case KEYS -> key;
            case VALUES -> value;
            case ITEMS -> new Object[]{key, value};
        };
    }

    /** {@code __length_hint__}. */
    public int lengthHint() {
        HashTable t = dict.table;
        return exhausted || expectedSize != t.count ? 0 : Math.max(0, t.count - countBefore(t, position));
    }

    private static int countBefore(HashTable t, int pos) {
        int n = 0;
        for (int i = 0; i < Math.min(pos, t.used); i++) {
            n += t.keys[i] != null ? 1 : 0;
        }
        return n;
    }
}
