package taipan.runtime.object;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Tuples with named fields, as CPython's struct sequences ({@code sys.version_info}): the tuple itself stays a
 * {@link PTuple}; its field names are looked up here, by identity (PTuple keeps Object's identity equality), for
 * attribute reads and the repr. The map holds its tuples weakly: {@code os.stat} makes one per call.
 */
public final class StructSequences {
    private static final Map<PTuple, Descriptor> FIELDS = Collections.synchronizedMap(new WeakHashMap<>());

    /** {@code extraNames} are fields reachable by name only (os.stat_result's float times); their values in {@code extras}. */
    private record Descriptor(String typeName, String[] names, String[] extraNames, Object[] extras) {
    }

    private StructSequences() {
    }

    /** A new struct sequence of type {@code typeName} whose first items are named {@code names}. */
    @TruffleBoundary
    public static PTuple create(String typeName, String[] names, Object[] items) {
        PTuple tuple = new PTuple(items);
        FIELDS.put(tuple, new Descriptor(typeName, names, new String[0], new Object[0]));
        return tuple;
    }

    /** As {@link #create}, with fields beyond the tuple's items that only attribute reads see. */
    @TruffleBoundary
    public static PTuple create(String typeName, String[] names, Object[] items, String[] extraNames, Object[] extras) {
        PTuple tuple = new PTuple(items);
        FIELDS.put(tuple, new Descriptor(typeName, names, extraNames, extras));
        return tuple;
    }

    @TruffleBoundary
    public static boolean has(Object object, String name) {
        if (!(object instanceof PTuple tuple) || FIELDS.isEmpty()) {
            return false;
        }
        Descriptor d = FIELDS.get(tuple);
        return d != null && (indexOf(d, name) >= 0 || extraIndexOf(d, name) >= 0);
    }

    /** The field {@code name}; {@link #has} must hold. */
    @TruffleBoundary
    public static Object get(Object object, String name) {
        PTuple tuple = (PTuple) object;
        Descriptor d = FIELDS.get(tuple);
        // an extra field shadows an item of the same name: os.stat_result's st_mtime is a float, item 8 an int
        int extra = extraIndexOf(d, name);
        return extra >= 0 ? d.extras()[extra] : tuple.getItems()[indexOf(d, name)];
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

    private static int extraIndexOf(Descriptor d, String name) {
        for (int i = 0; i < d.extraNames().length; i++) {
            if (d.extraNames()[i].equals(name)) {
                return i;
            }
        }
        return -1;
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
