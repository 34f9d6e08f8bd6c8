package taipan.nodes.attribute;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.weakref.PWeakProxy;

/** What a {@code weakref.proxy} stands for: its live referent, else CPython's {@code ReferenceError}. */
public final class WeakProxies {

    private WeakProxies() {
    }

    /** The referent of {@code proxy}; raises {@code ReferenceError} once it has been collected. */
    public static Object referent(Node location, PWeakProxy proxy) {
        Object target = proxy.get();
        if (target == null) {
            throw PythonErrors.raise(location, BuiltinType.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return target;
    }

    /** The referent if {@code value} is a proxy, else {@code value} itself. */
    public static Object unwrap(Node location, Object value) {
        return value instanceof PWeakProxy proxy ? referent(location, proxy) : value;
    }
}
