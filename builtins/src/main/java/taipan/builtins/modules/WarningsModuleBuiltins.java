package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.module.ModuleImporter;
import taipan.runtime.object.PNone;
import taipan.runtime.object.UncachedCalls;

/**
 * {@code _warnings}, the built-in module {@code importlib}'s bootstrap loads: only {@code warn}, which hands the
 * warning to {@code warnings.warn}. It offers no {@code filters}, so {@code warnings.py} keeps its pure-Python
 * implementation (its fallback when {@code _warnings} lacks them) and there is one filter list, not two.
 */
@CoreFunctions(defineModule = "_warnings")
public final class WarningsModuleBuiltins {

    private WarningsModuleBuiltins() {
    }

    @Builtin(name = "warn", parameterNames = {"message", "category", "stacklevel", "source"},
                    minNumOfPositionalArgs = 1, positionalOnly = false, keywordOnlyNames = "skip_file_prefixes")
    abstract static class WarnNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object warnings = ModuleImporter.findAndLoad(this, "warnings");
            Object warn = ObjectAttributes.getAttribute(this, warnings, "warn");
            Object category = arguments[1] == PNone.NO_VALUE ? PNone.NONE : arguments[1];
            // one frame more than the caller asked for: this call sits between the caller and warnings.warn
            long stacklevel = arguments[2] instanceof Long l ? l : 1;
            Object source = arguments[3] == PNone.NO_VALUE ? PNone.NONE : arguments[3];
            return UncachedCalls.call(warn, arguments[0], category, stacklevel, source);
        }
    }
}
