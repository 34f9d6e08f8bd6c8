package taipan.nodes.module;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;

/**
 * Finds a source module on a search path, as CPython's {@code PathFinder} and {@code FileFinder} do: in each folder a
 * package ({@code name/__init__.py}) wins over a module ({@code name.py}); folders without {@code __init__.py} make a
 * namespace package (PEP 420) only when no folder has a regular package or module of that name.
 */
final class ModuleFinder {

    /**
     * What was found: {@code file} is null for a namespace package; {@code searchLocations} (the package's
     * {@code __path__}) is null for a plain module.
     */
    record Found(String file, List<String> searchLocations) {
        boolean isPackage() {
            return searchLocations != null;
        }
    }

    private ModuleFinder() {
    }

    /** Looks for the module whose last name component is {@code tail} in the folders of {@code path}. */
    static Found find(PythonContext context, String tail, Object path) {
        List<String> portions = new ArrayList<>();
        for (String entry : entries(context, path)) {
            TruffleFile folder = folder(context, entry);
            if (folder == null) {
                continue;
            }
            try {
                TruffleFile packageFolder = folder.resolve(tail);
                if (packageFolder.isDirectory()) {
                    TruffleFile init = packageFolder.resolve("__init__.py");
                    if (init.isRegularFile()) {
                        return new Found(init.getPath(), List.of(packageFolder.getPath()));
                    }
                    portions.add(packageFolder.getPath());
                }
                TruffleFile module = folder.resolve(tail + ".py");
                if (module.isRegularFile()) {
                    return new Found(module.getPath(), null);
                }
            } catch (SecurityException | IllegalArgumentException | UnsupportedOperationException e) {
                // a folder this context may not read, or a name no file can have: nothing there
            }
        }
        return portions.isEmpty() ? null : new Found(null, portions);
    }

    /** The folder a search-path entry names, absolute ({@code ''} is the working directory); null if unusable. */
    private static TruffleFile folder(PythonContext context, String entry) {
        try {
            TruffleFile folder = entry.isEmpty() ? context.getEnv().getCurrentWorkingDirectory()
                            : context.getEnv().getInternalTruffleFile(entry); // the stdlib stays readable without allowIO
            return folder.getAbsoluteFile();
        } catch (SecurityException | IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** The str entries of a search path (a list or tuple, as {@code sys.path} or a {@code __path__}); others skip. */
    private static List<String> entries(PythonContext context, Object path) {
        Object[] items;
        if (path instanceof PList list) {
            items = list.getStorage().toArray(context.getLanguage().threadingMode());
        } else if (path instanceof PTuple tuple) {
            items = tuple.getItems();
        } else {
            items = new Object[0];
        }
        List<String> result = new ArrayList<>(items.length);
        for (Object item : items) {
            if (item instanceof TruffleString s) {
                result.add(s.toJavaStringUncached());
            }
        }
        return result;
    }
}
