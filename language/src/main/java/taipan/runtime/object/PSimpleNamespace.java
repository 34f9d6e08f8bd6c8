package taipan.runtime.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A read-only {@code types.SimpleNamespace} ({@code sys.implementation}): attributes fixed at creation, shared by
 * contexts like other language-level values. Writable namespaces come with user instances.
 */
public final class PSimpleNamespace {

    private final Map<String, Object> attributes;

    public PSimpleNamespace(LinkedHashMap<String, Object> attributes) {
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute {@code name}, or null. */
    @TruffleBoundary
    public Object get(String name) {
        return attributes.get(name);
    }

    /** {@code namespace(a=1, b='x')}, as CPython's {@code namespace_repr}. */
    @TruffleBoundary
    public String repr() {
        StringBuilder sb = new StringBuilder("namespace(");
        String sep = "";
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(Repr.repr(e.getValue()));
            sep = ", ";
        }
        return sb.append(')').toString();
    }
}
