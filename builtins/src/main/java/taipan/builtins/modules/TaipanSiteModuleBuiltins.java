package taipan.builtins.modules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;

/**
 * {@code _taipan_site}: the file-system half of the launcher's site step (site_support.py), in Java because the same
 * checks written in Python cost tens of milliseconds of a cold start, more than the rest of the step.
 */
@CoreFunctions(defineModule = "_taipan_site")
public final class TaipanSiteModuleBuiltins {

    private TaipanSiteModuleBuiltins() {
    }

    /**
     * {@code scan(site_dirs, venv_dirs, stdlib)}, each of the first two a str of folders joined by line breaks:
     * returns the site folders that exist (joined the same way) and whether CPython's site module must run in full:
     * a {@code .pth} file or a sitecustomize/usercustomize module in one of them, a sitecustomize in the standard
     * library, or a {@code pyvenv.cfg} in one of the venv folders.
     */
    @Builtin(name = "scan", parameterNames = {"site_dirs", "venv_dirs", "stdlib"}, minNumOfPositionalArgs = 3)
    abstract static class ScanNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Env env = PythonContext.get(this).getEnv();
            List<String> existing = new ArrayList<>();
            boolean full = false;
            for (String dir : text(arguments[0]).split("\n")) {
                List<String> names = dir.isEmpty() || existing.contains(dir) ? null : names(env, dir);
                if (names != null) {
                    existing.add(dir);
                    for (String n : names) {
                        full |= n.endsWith(".pth") || n.startsWith("sitecustomize") || n.startsWith("usercustomize");
                    }
                }
            }
            for (String dir : text(arguments[1]).split("\n")) {
                full |= !dir.isEmpty() && exists(env, dir + "/pyvenv.cfg");
            }
            String stdlib = text(arguments[2]);
            full |= exists(env, stdlib + "/sitecustomize.py") || exists(env, stdlib + "/sitecustomize");
            return new PTuple(new Object[]{PyStrings.of(String.join("\n", existing)), full});
        }

        private static String text(Object value) {
            return value instanceof TruffleString s ? PyStrings.toJava(s) : String.valueOf(value);
        }

        private static List<String> names(Env env, String dir) {
            try {
                TruffleFile file = env.getPublicTruffleFile(dir);
                if (!file.isDirectory()) {
                    return null;
                }
                List<String> names = new ArrayList<>();
                for (TruffleFile child : file.list()) {
                    names.add(child.getName());
                }
                return names;
            } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                return null; // unreadable or not allowed: site would not find anything there either
            }
        }

        private static boolean exists(Env env, String path) {
            try {
                return env.getPublicTruffleFile(path).exists();
            } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
