package taipan.nodes.module;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code from m import *}: the names of {@code __all__}, else every public name (CPython's {@code import_all_from}). */
final class ImportStar {

    private ImportStar() {
    }

    /** Copies the exported names of {@code module} into {@code globals}. */
    @TruffleBoundary
    static void importAll(Node location, Object module, PythonModule globals) {
        if (!(module instanceof PythonModule source)) {
            throw PythonErrors.raise(location, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            "'from m import *' where m is not a module");
        }
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        String[] all = allNames(location, source);
        if (all != null) {
            for (String name : all) {
                Object value = source.getAttribute(name);
                if (value == null) {
                    throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR,
                                    ErrorMessages.MODULE_HAS_NO_ATTRIBUTE, moduleName(source), name);
                }
                globals.setAttribute(name, value);
            }
            return;
        }
        for (Object key : lib.getKeyArray(source)) {
            if (key instanceof TruffleString s && !s.toJavaStringUncached().startsWith("_")) {
                lib.put(globals, key, lib.getOrDefault(source, key, null));
            }
        }
    }

    /** The str items of the module's {@code __all__} (a list or tuple), or null when it has none. */
    static String[] allNames(Node location, PythonModule module) {
        Object all = module.getAttribute("__all__");
        if (all == null) {
            return null;
        }
        Object[] items;
        if (all instanceof PList list) {
            items = list.getStorage().toArray(PythonContext.get(location).getLanguage().threadingMode());
        } else if (all instanceof PTuple tuple) {
            items = tuple.getItems();
        } else {
            throw PythonErrors.raise(location, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            "__all__ that is neither a list nor a tuple");
        }
        List<String> names = new ArrayList<>(items.length);
        for (Object item : items) {
            if (!(item instanceof TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.ALL_ITEM_NOT_STR,
                                moduleName(module), PythonErrors.typeName(location, item));
            }
            names.add(s.toJavaStringUncached());
        }
        return names.toArray(new String[0]);
    }

    private static String moduleName(PythonModule module) {
        return module.getAttribute("__name__") instanceof TruffleString s ? s.toJavaStringUncached() : module.getName();
    }
}
