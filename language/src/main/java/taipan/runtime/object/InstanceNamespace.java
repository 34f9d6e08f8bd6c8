package taipan.runtime.object;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.dict.NamespaceBacking;
import taipan.runtime.str.PyStrings;
import taipan.threading.SharedObjects;
import taipan.threading.ThreadingMode;

/**
 * An instance's {@code __dict__}: a dict whose every operation reads or writes the object's own properties, so
 * {@code obj.__dict__[k] = v} and {@code obj.k = v} are one namespace while attribute access stays a shape check
 * and a field load. Properties are keyed by Java strings; a dict key that is a {@code str} is converted, any
 * other key is kept as it is (CPython allows those; attribute access never finds them).
 */
public final class InstanceNamespace implements NamespaceBacking {

    /** The property under which an instance keeps its dict once made, so {@code o.__dict__ is o.__dict__}. */
    private static final Object DICT_KEY = new Object() {
        @Override
        public String toString() {
            return "<instance dict>";
        }
    };

    /** The property holding the str-subclass keys entries were made with ({@code setattr(o, Name('x'), v)}). */
    private static final Object KEY_OBJECTS = new Object() {
        @Override
        public String toString() {
            return "<instance dict key objects>";
        }
    };

    private final PythonObject object;

    private InstanceNamespace(PythonObject object) {
        this.object = object;
    }

    /** {@code object.__dict__}: always the same dict for one object. */
    @TruffleBoundary
    public static PDict dictOf(PythonObject object) {
        DynamicObjectLibrary lib = lib();
        synchronized (object) {
            Object d = lib.getOrDefault(object, DICT_KEY, null);
            if (d instanceof PDict dict) {
                return dict;
            }
            PDict dict = new PDict();
            dict.getStorage().setBacking(new InstanceNamespace(object));
            put(object, DICT_KEY, dict);
            return dict;
        }
    }

    /** {@code object.__dict__ = d}: the object's attributes become d's entries, and d a view of the object. */
    @TruffleBoundary
    public static void replaceDict(PythonObject object, PDict d) {
        ThreadingMode mode = TaipanLanguage.get(null).threadingMode();
        synchronized (object) {
            Object[][] entries = d.getStorage().snapshot(mode);
            InstanceNamespace namespace = new InstanceNamespace(object);
            namespace.clear();
            for (int i = 0; i < entries[0].length; i++) {
                namespace.store(entries[0][i], entries[1][i], false);
            }
            d.getStorage().setBacking(namespace);
            put(object, DICT_KEY, d);
        }
    }

    /** Whether {@code key} is a property this view shows (not the hidden dict slot). */
    public static boolean isAttributeKey(Object key) {
        return key != DICT_KEY && key != KEY_OBJECTS && !(key instanceof taipan.runtime.type.PMemberDescriptor);
    }

    private static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    private static void put(PythonObject object, Object key, Object value) {
        SharedObjects.put(TaipanLanguage.get(null).threadingMode(), lib(), object, key, value);
    }

    private static Object propertyKey(Object key) {
        return key instanceof TruffleString s ? PyStrings.toJava(s) : key;
    }

    private Object dictKey(Object key) {
        if (lib().getOrDefault(object, KEY_OBJECTS, null) instanceof java.util.Map<?, ?> originals && originals.get(key) != null) {
            return originals.get(key);
        }
        return key instanceof String s ? PyStrings.of(s) : key;
    }

    /**
     * An entry {@code name} was just made with a str-subclass key: the dict shows that key object, as CPython's
     * dict keeps the first key an entry was stored under.
     */
    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public static void rememberKey(PythonObject object, String name, Object keyObject) {
        synchronized (object) {
            Object map = lib().getOrDefault(object, KEY_OBJECTS, null);
            if (map == null) {
                map = new java.util.concurrent.ConcurrentHashMap<String, Object>();
                put(object, KEY_OBJECTS, map);
            }
            ((java.util.Map<String, Object>) map).put(name, keyObject);
        }
    }

    /** The entry {@code key} is gone: a later one of that name is keyed as it is made. */
    @TruffleBoundary
    public static void forgetKey(PythonObject object, Object key) {
        if (lib().getOrDefault(object, KEY_OBJECTS, null) instanceof java.util.Map<?, ?> originals) {
            originals.remove(key);
        }
    }

    private void forgetKey(Object key) {
        forgetKey(object, key);
    }

    @Override
    @TruffleBoundary
    public int length() {
        return keys().size();
    }

    @Override
    @TruffleBoundary
    public Object get(Object key) {
        Object k = propertyKey(key);
        return !isAttributeKey(k) ? null : lib().getOrDefault(object, k, null);
    }

    @Override
    @TruffleBoundary
    public Object store(Object key, Object value, boolean keepExisting) {
        if (keepExisting) {
            Object existing = get(key);
            if (existing != null) {
                return existing;
            }
        }
        put(object, propertyKey(key), value);
        return value;
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key) {
        Object value = get(key);
        if (value != null) {
            SharedObjects.removeKey(TaipanLanguage.get(null).threadingMode(), lib(), object, propertyKey(key));
            forgetKey(propertyKey(key));
        }
        return value;
    }

    @Override
    @TruffleBoundary
    public void clear() {
        for (Object key : keys()) {
            SharedObjects.removeKey(TaipanLanguage.get(null).threadingMode(), lib(), object, key);
            forgetKey(key);
        }
    }

    @Override
    @TruffleBoundary
    public Object[][] snapshot() {
        List<Object> keys = keys();
        Object[] dictKeys = new Object[keys.size()];
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            dictKeys[i] = dictKey(keys.get(i));
            values[i] = lib().getOrDefault(object, keys.get(i), null);
        }
        return new Object[][]{dictKeys, values, new Object[values.length]};
    }


    /** The property keys of the Python-visible entries, in insertion order. */
    private List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        for (Object key : object.getShape().getKeyList()) {
            if (isAttributeKey(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
