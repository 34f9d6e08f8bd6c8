package taipan.nodes.module;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.type.BuiltinType;

/** Turns {@code from ..x import y} into an absolute name, as CPython's {@code _calc___package__}/{@code _resolve_name}. */
final class RelativeImports {

    private RelativeImports() {
    }

    /** The absolute module name that {@code name} at {@code level} dots means inside the module {@code globals}. */
    static String resolve(Node location, String name, PythonModule globals, int level) {
        String pkg = globals == null ? null : packageOf(location, globals);
        if (pkg == null || pkg.isEmpty()) {
            throw PythonErrors.raise(location, BuiltinType.IMPORT_ERROR, ErrorMessages.NO_KNOWN_PARENT_PACKAGE);
        }
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PythonErrors.raise(location, BuiltinType.IMPORT_ERROR, ErrorMessages.BEYOND_TOP_LEVEL_PACKAGE);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code __package__}, else {@code __spec__.parent}, else {@code __name__} (its parent unless a package). */
    private static String packageOf(Node location, PythonModule globals) {
        Object pkg = globals.getAttribute("__package__");
        if (pkg != null && pkg != PNone.NONE) {
            if (!(pkg instanceof TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.PACKAGE_NOT_STRING);
            }
            return s.toJavaStringUncached();
        }
        if (globals.getAttribute("__spec__") instanceof PSimpleNamespace spec
                        && spec.get("parent") instanceof TruffleString parent) {
            return parent.toJavaStringUncached();
        }
        if (!(globals.getAttribute("__name__") instanceof TruffleString moduleName)) {
            return null;
        }
        String name = moduleName.toJavaStringUncached();
        if (globals.getAttribute("__path__") != null) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
