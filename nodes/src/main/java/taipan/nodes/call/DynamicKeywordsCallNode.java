package taipan.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * A call whose keyword names are known only at run time ({@code f(**mapping)}): dispatches through a
 * {@link CallDispatchNode} cached per distinct list of names, so a site that always passes the same names binds
 * as fast as a literal call.
 */
public abstract class DynamicKeywordsCallNode extends Node {

    static final String NAMES_LIMIT = "3";

    public abstract Object execute(Object callee, Object[] positional, String[] names, Object[] values);

    public static DynamicKeywordsCallNode create() {
        return DynamicKeywordsCallNodeGen.create();
    }

    @Specialization(guards = "names.length == 0")
    static Object doPositional(Object callee, Object[] positional, @SuppressWarnings("unused") String[] names,
                    Object[] values,
                    @Cached("create()") CallDispatchNode dispatch) {
        return dispatch.execute(callee, positional, values);
    }

    @Specialization(guards = "sameNames(names, cachedNames)", limit = NAMES_LIMIT)
    static Object doCached(Object callee, Object[] positional, @SuppressWarnings("unused") String[] names,
                    Object[] values,
                    @Cached(value = "names", dimensions = 1) String[] cachedNames,
                    @Cached("create(cachedNames)") CallDispatchNode dispatch) {
        return dispatch.execute(callee, positional, values);
    }

    @Specialization(replaces = "doCached")
    @TruffleBoundary
    Object doGeneric(Object callee, Object[] positional, String[] names, Object[] values) {
        CallDispatchNode dispatch = insert(CallDispatchNode.create(names));
        return dispatch.execute(callee, positional, values);
    }

    @ExplodeLoop
    static boolean sameNames(String[] names, String[] cachedNames) {
        if (names.length != cachedNames.length) {
            return false;
        }
        for (int i = 0; i < cachedNames.length; i++) {
            if (!cachedNames[i].equals(names[i])) {
                return false;
            }
        }
        return true;
    }
}
