package taipan.nodes.attribute;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * {@code __dict__} of classes as a new dict of their attributes (instances have a live one: InstanceNamespace).
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
}
