package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PDict;

/** The {@code **kwargs} dict of a built-in as the names-and-values arrays that calls take. */
final class KeywordDicts {

    private KeywordDicts() {
    }

    /** {keys, values} of the dict, in order ({@code NO_VALUE} when no keywords were passed). */
    @TruffleBoundary
    static Object[][] split(Node location, Object kwargs) {
        if (!(kwargs instanceof PDict d)) {
            return new Object[][]{new Object[0], new Object[0]};
        }
        return d.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
    }

    @TruffleBoundary
    static String[] names(Object[] keys) {
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = ((TruffleString) keys[i]).toJavaStringUncached();
        }
        return names;
    }

    @TruffleBoundary
    static boolean isEmpty(Node location, Object kwargs) {
        return !(kwargs instanceof PDict d) || d.getStorage().length(TaipanLanguage.get(location).threadingMode()) == 0;
    }
}
