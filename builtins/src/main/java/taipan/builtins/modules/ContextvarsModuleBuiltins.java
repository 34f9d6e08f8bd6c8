package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.contextvars.ContextVars;
import taipan.runtime.contextvars.PContext;
import taipan.runtime.object.PDict;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/** The {@code _contextvars} module (CPython's {@code Python/context.c}): {@code copy_context}; the classes are its own. */
@CoreFunctions(defineModule = "_contextvars")
public final class ContextvarsModuleBuiltins {

    private ContextvarsModuleBuiltins() {
    }

    /** {@code Token.MISSING}, set once the classes exist. */
    public static void install(TaipanLanguage language) {
        language.getBuiltinClass(BuiltinType.CONTEXT_TOKEN).setAttribute("MISSING", ContextVars.MISSING);
    }

    @Builtin(name = "copy_context")
    abstract static class CopyContextNode extends PythonVarargsBuiltinNode {
        @Specialization
        PContext doIt(@SuppressWarnings("unused") Object[] arguments) {
            return ContextVars.current(this).copy();
        }
    }

    /** The keyword arguments of a call as names and values, for {@code SlowCall}. */
    @TruffleBoundary
    static Object[][] keywords(Node location, Object kwargs) {
        if (!(kwargs instanceof PDict dict)) {
            return new Object[][]{new String[0], new Object[0]};
        }
        Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
        String[] names = new String[entries[0].length];
        for (int i = 0; i < names.length; i++) {
            names[i] = Repr.str(entries[0][i]);
        }
        return new Object[][]{names, entries[1]};
    }

    static Object[] keysOf(PContext context) {
        return context.vars().keySet().toArray();
    }

    static Object[] valuesOf(PContext context) {
        return context.vars().values().toArray();
    }
}
