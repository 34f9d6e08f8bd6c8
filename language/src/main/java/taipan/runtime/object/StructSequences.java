package taipan.runtime.object;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Tuples with named fields, as CPython's struct sequences ({@code sys.version_info}): the tuple itself stays a
 * {@link PTuple}; its field names are looked up here, by identity, for attribute reads and the repr.
 */
public final class StructSequences {
    private static final Map<PTuple, Descriptor> FIELDS = Collections.synchronizedMap(new IdentityHashMap<>());

    private record Descriptor(String typeName, String[] names) {
    }

    private StructSequences() {
    }

    /** A new struct sequence of type {@code typeName} whose first items are named {@code names}. */
    @TruffleBoundary
    public static PTuple create(String typeName, String[] names, Object[] items) {
        PTuple tuple = new PTuple(items);
        FIELDS.put(tuple, new Descriptor(typeName, names));
        return tuple;
    }

    @TruffleBoundary
    public static boolean has(Object object, String name) {
        if (!(object instanceof PTuple tuple) || FIELDS.isEmpty()) {
            return false;
        }
        Descriptor d = FIELDS.get(tuple);
        return d != null && indexOf(d, name) >= 0;
    }

    /** The field {@code name}; {@link #has} must hold. */
    @TruffleBoundary
    public static Object get(Object object, String name) {
        PTuple tuple = (PTuple) object;
        return tuple.getItems()[indexOf(FIELDS.get(tuple), name)];
    }

    /** {@code sys.version_info(major=3, ...)}, or null for a plain tuple. */
    @TruffleBoundary
    public static String repr(PTuple tuple) {
        Descriptor d = FIELDS.isEmpty() ? null : FIELDS.get(tuple);
        if (d == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(d.typeName()).append('(');
        for (int i = 0; i < d.names().length; i++) {
            text.append(i == 0 ? "" : ", ").append(d.names()[i]).append('=').append(Repr.repr(tuple.getItems()[i]));
        }
        return text.append(')').toString();
    }

    private static int indexOf(Descriptor d, String name) {
        for (int i = 0; i < d.names().length; i++) {
            if (d.names()[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
