package taipan.nodes.attribute;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * {@code __dict__} of classes and instances as a new dict of their attributes. A copy, not a live view: writes to
 * it do not reach the object (a known gap until instances can switch to dict storage).
 */
final class DictSnapshots {

    private DictSnapshots() {
    }

    @TruffleBoundary
    static PDict ofMap(Node location, Map<String, Object> attributes) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        PDict dict = new PDict();
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            dict.getStorage().put(mode, ops, PyStrings.of(e.getKey()), e.getValue());
        }
        return dict;
    }

    @TruffleBoundary
    static PDict ofObject(Node location, PythonObject object) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        PDict dict = new PDict();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object key : lib.getKeyArray(object)) {
            if (key instanceof String name) {
                dict.getStorage().put(mode, ops, PyStrings.of(name), lib.getOrDefault(object, key, null));
            }
        }
        return dict;
    }
}
