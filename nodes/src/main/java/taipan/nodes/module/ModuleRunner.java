package taipan.nodes.module;

import java.util.LinkedHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code python -m name}, as CPython's {@code runpy._run_module_as_main}: finds the module (a package runs its
 * {@code __main__}), imports its parent packages, and runs its code in the {@code __main__} module. A module that
 * cannot be found ends the program as runpy does, with {@code SystemExit("<executable>: <why>")}.
 */
public final class ModuleRunner {

    private ModuleRunner() {
    }

    /** What runpy's {@code _get_module_details} finds: the module's real name and its file. */
    private record Details(String name, String file) {
    }

    @TruffleBoundary
    public static void runAsMain(Node location, String name) {
        PythonContext context = PythonContext.get(location);
        context.startMainModule(context.getEnv().getCurrentWorkingDirectory().getAbsoluteFile().getPath());
        Details details = details(location, context, name, null);
        int dot = details.name().lastIndexOf('.');
        String parent = dot < 0 ? "" : details.name().substring(0, dot);
        PythonModule main = context.getMainModule();
        main.setAttribute("__file__", PyStrings.of(details.file()));
        main.setAttribute("__cached__", PNone.NONE);
        main.setAttribute("__package__", PyStrings.of(parent));
        LinkedHashMap<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", PyStrings.of(details.name()));
        spec.put("loader", PNone.NONE);
        spec.put("origin", PyStrings.of(details.file()));
        spec.put("submodule_search_locations", PNone.NONE);
        spec.put("parent", PyStrings.of(parent));
        spec.put("has_location", true);
        spec.put("cached", PNone.NONE);
        main.setAttribute("__spec__", new PSimpleNamespace(spec));
        if (context.importNativeModule("sys").getAttribute("argv") instanceof PList argv) {
            argv.getStorage().set(context.getLanguage().threadingMode(), 0, PyStrings.of(details.file()));
        }
        ModuleImporter.runBody(location, context, details.file(), main);
    }

    /** Finds {@code name}; {@code packageName} is set when looking for a package's {@code __main__}. */
    private static Details details(Node location, PythonContext context, String name, String packageName) {
        if (name.startsWith(".")) {
            throw exit(location, context, "Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        Object searchPath;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            Object parent;
            try {
                parent = ModuleImporter.findAndLoad(location, parentName);
            } catch (PException e) {
                if (e.getPythonException().getType().getBuiltinType() != BuiltinType.MODULE_NOT_FOUND_ERROR) {
                    throw e;
                }
                throw exit(location, context, "Error while finding module specification for '" + name
                                + "' (ModuleNotFoundError: " + e.getMessage() + ")");
            }
            searchPath = parent instanceof PythonModule p ? p.getAttribute("__path__") : null;
            if (searchPath == null) {
                throw exit(location, context, "Error while finding module specification for '" + name
                                + "' (ModuleNotFoundError: __path__ attribute not found on '" + parentName
                                + "' while trying to find '" + name + "')");
            }
        } else if (context.hasNativeModule(name)) {
            throw exit(location, context, "No code object available for " + name);
        } else {
            searchPath = context.importNativeModule("sys").getAttribute("path");
        }
        ModuleFinder.Found found = ModuleFinder.find(context, name.substring(dot + 1), searchPath);
        if (found == null) {
            String why = "No module named " + name;
            throw exit(location, context, packageName == null ? why
                            : why + "; '" + packageName + "' is a package and cannot be directly executed");
        }
        if (found.isPackage()) {
            if (packageName != null || name.equals("__main__") || name.endsWith(".__main__")) {
                throw exit(location, context, "Cannot use package as __main__ module");
            }
            ModuleImporter.findAndLoad(location, name);
            return details(location, context, name + ".__main__", name);
        }
        return new Details(name, found.file());
    }

    private static PException exit(Node location, PythonContext context, String why) {
        String executable = TaipanLanguage.executable(context.getEnv());
        return PythonErrors.raise(location, BuiltinType.SYSTEM_EXIT, "%s: %s",
                        executable.isEmpty() ? "taipan" : executable, why);
    }

    static String str(Object value) {
        return value instanceof TruffleString s ? s.toJavaStringUncached() : null;
    }
}
