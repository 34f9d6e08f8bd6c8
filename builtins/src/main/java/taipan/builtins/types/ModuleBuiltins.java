package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The {@code module} type ({@code types.ModuleType}, CPython's {@code Objects/moduleobject.c}). */
public final class ModuleBuiltins {

    private ModuleBuiltins() {
    }

    /** {@code module(name, doc=None)}: an empty module with the attributes {@code module.__init__} sets. */
    @Builtin(name = "module", parameterNames = {"cls", "name", "doc"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.MODULE)
    abstract static class ModuleNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doCreate(@SuppressWarnings("unused") Object cls, Object name, Object doc) {
            if (!(name instanceof TruffleString moduleName)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "module() argument 'name' must be str, not %s",
                                PythonErrors.typeName(this, name));
            }
            PythonContext context = PythonContext.get(this);
            PythonModule module = new PythonModule(context.getLanguage().getModuleShape(),
                            moduleName.toJavaStringUncached());
            module.setAttribute("__name__", moduleName);
            module.setAttribute("__doc__", doc == PNone.NO_VALUE ? PNone.NONE : doc);
            module.setAttribute("__package__", PNone.NONE);
            module.setAttribute("__loader__", PNone.NONE);
            module.setAttribute("__spec__", PNone.NONE);
            return module;
        }
    }
}
