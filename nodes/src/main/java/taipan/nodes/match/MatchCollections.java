package taipan.nodes.match;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.object.PDict;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Sequence and mapping patterns on subjects other than list, tuple, range and dict: CPython's
 * {@code Py_TPFLAGS_SEQUENCE}/{@code Py_TPFLAGS_MAPPING}, which built-in collections carry and an ABC passes on
 * to its subclasses through {@code __abc_tpflags__} ({@code collections.abc.Sequence}, {@code Mapping}).
 */
final class MatchCollections {

    /** CPython's flag bits, as {@code collections.abc} writes them in {@code __abc_tpflags__}. */
    static final long SEQUENCE = 1L << 5;
    static final long MAPPING = 1L << 6;

    private MatchCollections() {
    }

    /** The subject's collection flag ({@link #SEQUENCE}, {@link #MAPPING}) or 0: the first class on its MRO to say. */
    @TruffleBoundary
    static long flags(Node location, Object subject) {
        PythonClass cls = SpecialMethods.classOf(location, subject);
        for (PythonClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                long flag = builtinFlags(c.getBuiltinType());
                if (flag != 0) {
                    return flag;
                }
            } else if (c.getOwnAttribute("__abc_tpflags__") instanceof Long l && (l & (SEQUENCE | MAPPING)) != 0) {
                return l & (SEQUENCE | MAPPING);
            }
        }
        return 0;
    }

    private static long builtinFlags(BuiltinType type) {
        return switch (type) {
            case LIST, TUPLE, RANGE, MEMORYVIEW, DEQUE, ARRAY -> SEQUENCE;
            case DICT, MAPPING_PROXY, MAPPINGPROXY -> MAPPING;
            default -> 0;
        };
    }

    /** The items of a sequence subject by {@code len()} and indexing, or null when its length is not {@code n}. */
    @TruffleBoundary
    static Object[] sequenceItems(Node location, Object subject, int n, boolean starred) {
        Object length = SpecialMethods.callUncached(location, subject, "__len__", new Object[0]);
        long size = length instanceof Long l ? l : -1;
        if (starred ? size < n : size != n) {
            return null;
        }
        Object[] items = new Object[(int) size];
        for (int i = 0; i < items.length; i++) {
            items[i] = SpecialMethods.callUncached(location, subject, "__getitem__", new Object[]{(long) i});
        }
        return items;
    }

    /** {@code subject.get(key, sentinel)}: null when the mapping has no such key (a defaultdict adds none). */
    @TruffleBoundary
    static Object mappingGet(Node location, Object subject, Object key) {
        Object get = ObjectAttributes.getAttribute(location, subject, "get");
        PythonClass object = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.OBJECT);
        Object sentinel = new taipan.runtime.object.PythonObject(object.getInstanceShape());
        Object value = SlowCall.call(location, get, new Object[]{key, sentinel});
        return value == sentinel ? null : value;
    }

    /** {@code dict(subject)}: what {@code **rest} starts from before the matched keys go. */
    @TruffleBoundary
    static PDict mappingCopy(Node location, Object subject) {
        PythonClass dict = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.DICT);
        return (PDict) SlowCall.call(location, dict, new Object[]{subject});
    }
}
