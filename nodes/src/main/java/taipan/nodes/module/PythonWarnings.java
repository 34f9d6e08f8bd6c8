package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * Issuing a warning from Java (CPython's {@code PyErr_WarnEx}/{@code PyErr_WarnExplicit}): through the
 * {@code warnings} module, so its filters, {@code catch_warnings} and "error" actions apply. Slow paths only.
 */
public final class PythonWarnings {

    private PythonWarnings() {
    }

    /** {@code warnings.warn(message, category, stacklevel)}; raises what the filters make of it. */
    @TruffleBoundary
    public static void warn(Node location, BuiltinType category, String message, int stacklevel) {
        Object warn = ObjectAttributes.getAttribute(location, ModuleImporter.findAndLoad(location, "warnings"), "warn");
        SlowCall.call(location, warn, new Object[]{PyStrings.of(message), categoryClass(location, category),
                        (long) stacklevel});
    }

    /** {@code warnings.warn_explicit(message, category, filename, lineno)}, as the compiler reports. */
    @TruffleBoundary
    public static void warnExplicit(Node location, BuiltinType category, String message, String filename, int lineno) {
        Object module = ModuleImporter.findAndLoad(location, "warnings");
        Object warn = ObjectAttributes.getAttribute(location, module, "warn_explicit");
        SlowCall.call(location, warn, new Object[]{PyStrings.of(message), categoryClass(location, category),
                        PyStrings.of(filename), (long) lineno});
    }

    private static Object categoryClass(Node location, BuiltinType category) {
        return TaipanLanguage.get(location).getBuiltinClass(category);
    }
}
