package taipan.nodes.module;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.ModuleTable;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The import system's core, as CPython's {@code importlib._bootstrap} does it natively: {@code sys.modules}, then a
 * native module, then a source module or package found on {@code sys.path} or the parent package's {@code __path__}.
 * Runs behind a boundary: an import statement is a dictionary lookup once the module is loaded.
 */
public final class ModuleImporter {

    private ModuleImporter() {
    }

    /**
     * The module an {@code IMPORT_NAME} leaves: for {@code import a.b.c} (no from-list, level 0) the top-level package
     * {@code a}, else the module named by {@code name} and {@code level} after its from-list names are imported.
     */
    @TruffleBoundary
    public static Object importName(Node location, String name, String[] fromList, int level, PythonModule globals) {
        String resolved = level > 0 ? RelativeImports.resolve(location, name, globals, level) : name;
        if (resolved.isEmpty()) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, ErrorMessages.EMPTY_MODULE_NAME);
        }
        Object module = findAndLoad(location, resolved);
        if (fromList.length == 0) {
            int dot = resolved.indexOf('.');
            return level == 0 && dot >= 0 ? findAndLoad(location, resolved.substring(0, dot)) : module;
        }
        handleFromList(location, module, fromList);
        return module;
    }

    /**
     * The built-in {@code __import__}: like {@link #importName}, except that without a from-list a relative import
     * gives the top-level package of the part named ({@code __import__('b.c', g, None, (), 1)} in {@code a} gives
     * {@code a.b}), as CPython's {@code PyImport_ImportModuleLevelObject} cuts it.
     */
    @TruffleBoundary
    public static Object importBuiltin(Node location, String name, String[] fromList, int level, PythonModule globals) {
        if (level == 0 || fromList.length > 0 || name.isEmpty()) {
            return importName(location, name, fromList, level, globals);
        }
        String resolved = RelativeImports.resolve(location, name, globals, level);
        findAndLoad(location, resolved);
        int dot = name.indexOf('.');
        String cut = dot < 0 ? resolved : resolved.substring(0, resolved.length() - (name.length() - dot));
        return findAndLoad(location, cut);
    }

    /** {@code sys.modules[name]}, importing the module (and its parents) first when it is not there. */
    @TruffleBoundary
    public static Object findAndLoad(Node location, String name) {
        PythonContext context = PythonContext.get(location);
        Object module = cached(location, context.getModules(), name);
        if (module != null) {
            return module;
        }
        ReentrantLock lock = context.getImportLock();
        lock.lock();
        try {
            module = cached(location, context.getModules(), name);
            return module != null ? module : load(location, context, name, true);
        } finally {
            lock.unlock();
        }
    }

    private static Object cached(Node location, ModuleTable modules, String name) {
        Object module = modules.get(name);
        if (module == PNone.NONE) {
            throw ImportErrors.notFound(location, name, ErrorMessages.IMPORT_HALTED, name);
        }
        return module;
    }

    /**
     * Loads {@code name}, not yet in {@code sys.modules}: its parent package first, then the module found on the
     * parent's {@code __path__} (or {@code sys.path}). Returns null when it is not found and {@code required} is false.
     */
    static Object load(Node location, PythonContext context, String name, boolean required) {
        int dot = name.lastIndexOf('.');
        Object parent = null;
        Object searchPath;
        if (dot >= 0) {
            parent = findAndLoad(location, name.substring(0, dot));
            Object already = cached(location, context.getModules(), name);
            if (already != null) {
                return already;
            }
            searchPath = parent instanceof PythonModule p ? p.getAttribute("__path__") : null;
            if (searchPath == null) {
                throw ImportErrors.notFound(location, name, ErrorMessages.NOT_A_PACKAGE, name, name.substring(0, dot));
            }
        } else {
            if (context.hasNativeModule(name)) {
                return context.importNativeModule(name);
            }
            searchPath = context.importNativeModule("sys").getAttribute("path");
        }
        String tail = name.substring(dot + 1);
        ModuleFinder.Found found = ModuleFinder.find(context, tail, searchPath);
        if (found == null) {
            if (!required) {
                return null;
            }
            throw ImportErrors.notFound(location, name, ErrorMessages.NO_MODULE_NAMED, name);
        }
        Object module = execute(location, context, name, found);
        if (name.equals("importlib")) {
            ImportlibFinders.install(location, module);
        }
        if (parent instanceof PythonModule p) {
            p.setAttribute(tail, module);
        }
        return module;
    }

    /** Makes the module object, enters it in {@code sys.modules} and runs its body there (CPython's exec_module). */
    private static Object execute(Node location, PythonContext context, String name, ModuleFinder.Found found) {
        TaipanLanguage language = context.getLanguage();
        PythonModule module = new PythonModule(language.getModuleShape(), name);
        int dot = name.lastIndexOf('.');
        String packageName = found.isPackage() ? name : dot < 0 ? "" : name.substring(0, dot);
        context.initModuleAttributes(module, name, PyStrings.of(packageName));
        PList searchLocations = found.isPackage()
                        ? new PList(found.searchLocations().stream().map(PyStrings::of).toArray()) : null;
        module.setAttribute("__spec__", spec(name, found, packageName, searchLocations));
        if (found.file() != null) {
            module.setAttribute("__file__", PyStrings.of(found.file()));
            module.setAttribute("__cached__", PNone.NONE);
        } else {
            module.setAttribute("__file__", PNone.NONE); // a namespace package, as CPython 3.13 leaves it
        }
        if (searchLocations != null) {
            module.setAttribute("__path__", searchLocations);
        }
        ModuleTable modules = context.getModules();
        modules.put(name, module);
        if (found.file() == null) {
            return module;
        }
        module.setInitializing(true);
        try {
            context.traceImport("# code object from " + found.file());
            runBody(location, context, found.file(), module);
        } catch (RuntimeException | Error e) {
            modules.remove(name);
            throw e;
        } finally {
            module.setInitializing(false);
        }
        Object result = modules.get(name);
        context.traceImport("import '" + name + "' # <_frozen_importlib_external.SourceFileLoader object at 0x"
                        + Integer.toHexString(System.identityHashCode(module)) + ">");
        return result != null ? result : module;
    }

    /** Parses the file and runs it with {@code module} as its globals. */
    static void runBody(Node location, PythonContext context, String file, PythonModule module) {
        Source source;
        try {
            // internal: the stdlib (an internal resource) stays importable in a context without allowIO
            TruffleFile truffleFile = context.getEnv().getInternalTruffleFile(file);
            source = Source.newBuilder(TaipanLanguage.ID, truffleFile).build();
        } catch (IOException | SecurityException e) {
            throw PythonErrors.raise(location, BuiltinType.IMPORT_ERROR, "cannot read %s: %s", file, e.getMessage());
        }
        CallTarget target = context.getLanguage().getFrontEnd().parseModule(context.getLanguage(), source);
        // the import statement is the caller the traceback shows for the module's frame
        EncapsulatingNodeReference encapsulating = EncapsulatingNodeReference.getCurrent();
        Node previous = encapsulating.set(location);
        try {
            target.call(module);
        } finally {
            encapsulating.set(previous);
        }
    }

    /**
     * {@code __spec__}: a simple namespace holding what CPython's {@code ModuleSpec} holds (Taipan has no
     * {@code ModuleSpec} class or loader objects yet, so {@code loader} is None).
     */
    private static PSimpleNamespace spec(String name, ModuleFinder.Found found, String parent, PList locations) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", PyStrings.of(name));
        fields.put("loader", PNone.NONE);
        fields.put("origin", found.file() == null ? PNone.NONE : PyStrings.of(found.file()));
        fields.put("submodule_search_locations", locations == null ? PNone.NONE : locations);
        fields.put("parent", PyStrings.of(parent));
        fields.put("has_location", found.file() != null);
        fields.put("cached", PNone.NONE);
        return new PSimpleNamespace(fields);
    }

    /**
     * CPython's {@code _handle_fromlist}: for a package, each from-list name that is not yet an attribute is tried as a
     * submodule; one that does not exist is left for the name lookup to report. {@code *} means {@code __all__}.
     */
    static void handleFromList(Node location, Object module, String[] fromList) {
        if (!(module instanceof PythonModule pkg) || pkg.getAttribute("__path__") == null) {
            return;
        }
        String pkgName = pkg.getAttribute("__name__") instanceof TruffleString s ? s.toJavaStringUncached() : null;
        if (pkgName == null) {
            return;
        }
        for (String item : fromList) {
            if (item.equals("*")) {
                String[] all = ImportStar.allNames(location, pkg);
                if (all != null) {
                    handleFromList(location, module, all);
                }
            } else if (pkg.getAttribute(item) == null) {
                importSubmodule(location, pkgName + "." + item);
            }
        }
    }

    private static void importSubmodule(Node location, String fullName) {
        PythonContext context = PythonContext.get(location);
        if (cached(location, context.getModules(), fullName) != null) {
            return;
        }
        ReentrantLock lock = context.getImportLock();
        lock.lock();
        try {
            if (cached(location, context.getModules(), fullName) == null) {
                load(location, context, fullName, false);
            }
        } finally {
            lock.unlock();
        }
    }
}
