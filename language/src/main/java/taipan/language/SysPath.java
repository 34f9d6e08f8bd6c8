package taipan.language;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.TruffleFile;

import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;

/** How CPython's {@code Modules/getpath.py} and {@code Python/sysmodule.c} fill {@code sys.path} and friends. */
final class SysPath {

    private SysPath() {
    }

    /**
     * {@code sys.path} at start-up: {@code ''} (replaced by the script's folder once the main script is known; left
     * out in isolated mode), the {@code PYTHONPATH} entries made absolute (not with {@code -E}), then the bundled
     * standard library.
     */
    static List<Object> entries(PythonContext context) {
        List<Object> entries = new ArrayList<>();
        TruffleLanguageEnvView env = new TruffleLanguageEnvView(context);
        if (!env.isolated() && !context.getEnv().getOptions().get(TaipanOptions.SafePath)) {
            entries.add(PyStrings.of(""));
        }
        String pythonPath = env.ignoreEnvironment() ? null : context.getEnv().getEnvironment().get("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String entry : pythonPath.split(File.pathSeparator, -1)) {
                entries.add(PyStrings.of(absolute(context, entry)));
            }
        }
        try {
            entries.add(PyStrings.of(context.getStdlibHome().getAbsoluteFile().getPath()));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no standard library in this context (no IO access, or a build without it): source imports still work
        }
        return entries;
    }

    private static String absolute(PythonContext context, String entry) {
        try {
            TruffleFile cwd = context.getEnv().getCurrentWorkingDirectory();
            return entry.isEmpty() ? cwd.getPath() : cwd.resolve(entry).getPath();
        } catch (SecurityException | UnsupportedOperationException e) {
            return entry;
        }
    }

    /** The folder of the main script with symbolic links resolved, as CPython's {@code sys.path[0]}. */
    static String parentFolder(PythonContext context, String scriptPath) {
        try {
            TruffleFile file = context.getEnv().getPublicTruffleFile(scriptPath);
            TruffleFile parent = file.getCanonicalFile().getParent();
            return parent == null ? "" : parent.getPath();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            int slash = scriptPath.lastIndexOf('/');
            return slash < 0 ? "" : scriptPath.substring(0, slash);
        }
    }

    /** {@code sys.builtin_module_names}: sorted, as CPython lists them. */
    static PTuple builtinModuleNames(Set<String> names) {
        TreeSet<String> sorted = new TreeSet<>(names);
        sorted.add("builtins");
        return new PTuple(sorted.stream().map(PyStrings::of).toArray());
    }

    /** The options that change the path. */
    private record TruffleLanguageEnvView(PythonContext context) {
        boolean isolated() {
            return context.getEnv().getOptions().get(TaipanOptions.Isolated);
        }

        boolean ignoreEnvironment() {
            return isolated() || context.getEnv().getOptions().get(TaipanOptions.IgnoreEnvironment);
        }
    }
}
