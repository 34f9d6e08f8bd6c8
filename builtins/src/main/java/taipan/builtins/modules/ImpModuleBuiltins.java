package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code _imp} (CPython's {@code Python/import.c}): what {@code importlib}'s bootstrap asks of the interpreter. The
 * built-in modules are Taipan's Java modules; there are no frozen modules and no C extensions to load.
 */
@CoreFunctions(defineModule = "_imp")
public final class ImpModuleBuiltins {

    private ImpModuleBuiltins() {
    }

    /** The module's data: importlib reads {@code check_hash_based_pycs}. */
    public static void constants(java.util.Map<String, Object> imp) {
        imp.put("check_hash_based_pycs", PyStrings.of("default"));
    }

    private static String name(com.oracle.truffle.api.nodes.Node location, Object value) {
        if (!(value instanceof TruffleString s)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "argument must be str, not %s",
                            PythonErrors.typeName(location, value));
        }
        return s.toJavaStringUncached();
    }

    @Builtin(name = "extension_suffixes")
    abstract static class ExtensionSuffixesNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            // no C extension can load here, so no file suffix names one
            return new PList(new Object[0]);
        }
    }

    @Builtin(name = "is_builtin", parameterNames = "name")
    abstract static class IsBuiltinNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            String name = name(this, arguments[0]);
            if (!PythonContext.get(this).hasNativeModule(name)) {
                return 0L;
            }
            // CPython: -1 for the modules that cannot be initialised again
            return name.equals("sys") || name.equals("builtins") ? -1L : 1L;
        }
    }

    @Builtin(name = "create_builtin", parameterNames = "spec")
    abstract static class CreateBuiltinNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object nameValue = ObjectAttributes.getAttribute(this, arguments[0], "name");
            String name = name(this, nameValue);
            PythonContext context = PythonContext.get(this);
            PythonModule module = name.equals("builtins") ? context.getBuiltinsModule() : context.importNativeModule(name);
            if (module == null) {
                throw PythonErrors.raise(this, BuiltinType.IMPORT_ERROR, "no built-in module named %s", name);
            }
            return module;
        }
    }

    @Builtin(name = "exec_builtin", parameterNames = "mod")
    abstract static class ExecBuiltinNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            // Java modules are complete when created: nothing left to execute
            return 0L;
        }
    }

    @Builtin(name = "create_dynamic", parameterNames = {"spec", "file"}, minNumOfPositionalArgs = 1)
    abstract static class CreateDynamicNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object name = ObjectAttributes.getAttribute(this, arguments[0], "name");
            throw PythonErrors.raise(this, BuiltinType.IMPORT_ERROR, "Taipan cannot load C extension module %s",
                            name instanceof TruffleString s ? s.toJavaStringUncached() : "?");
        }
    }

    @Builtin(name = "exec_dynamic", parameterNames = "mod")
    abstract static class ExecDynamicNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return 0L;
        }
    }

    @Builtin(name = "is_frozen", parameterNames = "name")
    abstract static class IsFrozenNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            name(this, arguments[0]);
            return false;
        }
    }

    @Builtin(name = "is_frozen_package", parameterNames = "name")
    abstract static class IsFrozenPackageNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            name(this, arguments[0]);
            return false;
        }
    }

    @Builtin(name = "find_frozen", parameterNames = "name", keywordOnlyNames = "withdata")
    abstract static class FindFrozenNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            name(this, arguments[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_frozen_object", parameterNames = {"name", "data"}, minNumOfPositionalArgs = 1)
    abstract static class GetFrozenObjectNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            throw PythonErrors.raise(this, BuiltinType.IMPORT_ERROR, "No such frozen object named %s",
                            name(this, arguments[0]));
        }
    }

    @Builtin(name = "acquire_lock")
    abstract static class AcquireLockNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            PythonContext.get(this).getImportLock().lock();
            return PNone.NONE;
        }
    }

    @Builtin(name = "release_lock")
    abstract static class ReleaseLockNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            java.util.concurrent.locks.ReentrantLock lock = PythonContext.get(this).getImportLock();
            if (!lock.isHeldByCurrentThread()) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "not holding the import lock");
            }
            lock.unlock();
            return PNone.NONE;
        }
    }

    @Builtin(name = "lock_held")
    abstract static class LockHeldNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).getImportLock().isLocked();
        }
    }

    @Builtin(name = "_fix_co_filename", parameterNames = {"code", "path"})
    abstract static class FixCoFilenameNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            // code objects compiled here already carry the path they were compiled from
            return PNone.NONE;
        }
    }

    @Builtin(name = "_override_multi_interp_extensions_check", parameterNames = "override")
    abstract static class OverrideMultiInterpNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return -1L;
        }
    }
}
