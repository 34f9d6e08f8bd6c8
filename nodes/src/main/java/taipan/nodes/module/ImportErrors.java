package taipan.nodes.module;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** Raises {@code ImportError}/{@code ModuleNotFoundError} with the {@code name}, {@code path}, {@code name_from} CPython sets. */
final class ImportErrors {

    private ImportErrors() {
    }

    /** {@code ModuleNotFoundError} about the module {@code name} (its {@code name} attribute). */
    static PException notFound(Node location, String name, String format, Object... args) {
        PException e = PythonErrors.raise(location, BuiltinType.MODULE_NOT_FOUND_ERROR, format, args);
        e.getPythonException().setField("name", PyStrings.of(name));
        return e;
    }

    /** {@code ImportError} for a name the module {@code moduleName} (file {@code path}, or null) does not have. */
    static PException cannotImport(Node location, String moduleName, String path, String nameFrom, String format,
                    Object... args) {
        PException e = PythonErrors.raise(location, BuiltinType.IMPORT_ERROR, format, args);
        PBaseException exception = e.getPythonException();
        exception.setField("name", moduleName == null ? PNone.NONE : PyStrings.of(moduleName));
        exception.setField("path", path == null ? PNone.NONE : PyStrings.of(path));
        exception.setField("name_from", PyStrings.of(nameFrom));
        return e;
    }
}
