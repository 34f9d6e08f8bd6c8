package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.attribute.PyObjectGetAttrNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PendingAttribute;
import taipan.runtime.module.PythonModule;
import taipan.runtime.type.BuiltinType;

/**
 * One name of {@code from module import name} (CPython's {@code IMPORT_FROM}): the module's attribute, else the
 * submodule {@code module.name} from {@code sys.modules}, else {@code ImportError}, which blames a circular import
 * when the module is still running its body.
 */
public abstract class ImportFromNode extends Node {

    static final String LIMIT = "3";

    protected final String name;
    protected final TruffleString tsName;

    protected ImportFromNode(String name, TruffleString tsName) {
        this.name = name;
        this.tsName = tsName;
    }

    public static ImportFromNode create(String name, TruffleString tsName) {
        return ImportFromNodeGen.create(name, tsName);
    }

    public abstract Object execute(Object module);

    @Specialization(limit = LIMIT)
    Object doModule(PythonModule module, @CachedLibrary("module") DynamicObjectLibrary lib) {
        Object value = lib.getOrDefault(module, tsName, null);
        if (value == null) {
            return missing(module);
        } else if (value instanceof PendingAttribute pending) {
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            pending.what());
        }
        return value;
    }

    @Specialization(guards = "!isModule(object)")
    Object doOther(Object object, @Cached("create(name)") PyObjectGetAttrNode getAttr) {
        try {
            return getAttr.execute(object);
        } catch (PException e) {
            if (e.getPythonException().getType().getBuiltinType() != BuiltinType.ATTRIBUTE_ERROR) {
                throw e;
            }
            throw ImportErrors.cannotImport(this, null, null, name, ErrorMessages.CANNOT_IMPORT_NAME_UNKNOWN_MODULE,
                            name);
        }
    }

    static boolean isModule(Object object) {
        return object instanceof PythonModule;
    }

    @TruffleBoundary
    private Object missing(PythonModule module) {
        if (!(module.getAttribute("__name__") instanceof TruffleString pkgName)) {
            throw ImportErrors.cannotImport(this, null, null, name, ErrorMessages.CANNOT_IMPORT_NAME_UNKNOWN_MODULE,
                            name);
        }
        String pkg = pkgName.toJavaStringUncached();
        Object submodule = PythonContext.get(this).getModules().get(pkg + "." + name);
        if (submodule != null) {
            return submodule;
        }
        String path = module.getAttribute("__file__") instanceof TruffleString file ? file.toJavaStringUncached() : null;
        String message = module.isInitializing() ? ErrorMessages.CANNOT_IMPORT_NAME_CIRCULAR
                        : ErrorMessages.CANNOT_IMPORT_NAME;
        throw ImportErrors.cannotImport(this, pkg, path, name, message, name, pkg, path == null ? "unknown location" : path);
    }
}
