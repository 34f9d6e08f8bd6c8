package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.module.ModuleImporter;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The built-in {@code __import__} (CPython's {@code builtin___import___impl}), over the native import system. */
public final class ImportBuiltins {

    private ImportBuiltins() {
    }

    @Builtin(name = "__import__", parameterNames = {"name", "globals", "locals", "fromlist", "level"},
                    minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ImportNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doImport(Object[] arguments) {
            Object nameObject = taipan.runtime.object.PBuiltinSubclassObject.unwrap(arguments[0]);
            if (!(nameObject instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "module name must be a string");
            }
            long level = arguments[4] == PNone.NO_VALUE ? 0 : levelOf(arguments[4]);
            if (level < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.LEVEL_NEGATIVE);
            }
            PythonModule globals = arguments[1] instanceof PythonModule m ? m : null;
            if (level > 0 && arguments[1] instanceof PDict d) {
                globals = moduleOf(d);
            }
            return ModuleImporter.importBuiltin(this, name.toJavaStringUncached(), fromList(arguments[3]),
                            (int) level, globals);
        }

        /**
         * The module whose globals {@code d} are, for a relative import: CPython's {@code resolve_name} checks on
         * {@code __package__}, {@code __spec__} and {@code __name__} first.
         */
        private PythonModule moduleOf(PDict d) {
            TaipanLanguage language = TaipanLanguage.get(this);
            taipan.threading.ThreadingMode mode = language.threadingMode();
            taipan.runtime.object.BuiltinEquality eq = new taipan.runtime.object.BuiltinEquality(mode);
            Object pkg = d.getStorage().get(mode, eq, PyStrings.of("__package__"));
            Object spec = d.getStorage().get(mode, eq, PyStrings.of("__spec__"));
            if (pkg != null && pkg != PNone.NONE) {
                if (!(taipan.runtime.object.PBuiltinSubclassObject.unwrap(pkg) instanceof TruffleString)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "package must be a string");
                }
            } else if (spec == null || spec == PNone.NONE) {
                Object moduleName = d.getStorage().get(mode, eq, PyStrings.of("__name__"));
                if (moduleName == null) {
                    throw PythonErrors.raise(this, BuiltinType.KEY_ERROR, "'__name__' not in globals");
                } else if (!(taipan.runtime.object.PBuiltinSubclassObject.unwrap(moduleName) instanceof TruffleString)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__name__ must be a string");
                }
            }
            return PythonModule.forDict(d, language.getModuleShape(), mode);
        }

        private long levelOf(Object value) {
            if (value instanceof Long l) {
                return l;
            } else if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.INTEGER_EXPECTED,
                            PythonErrors.typeName(this, value));
        }

        /** The from-list's str items; None, a missing or an empty from-list is none. */
        private String[] fromList(Object value) {
            Object[] items;
            if (value instanceof PList list) {
                items = list.getStorage().toArray(PythonContext.get(this).getLanguage().threadingMode());
            } else if (value instanceof PTuple tuple) {
                items = tuple.getItems();
            } else {
                items = new Object[0];
            }
            String[] names = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof TruffleString s)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Item in from list must be str, not %s",
                                    PythonErrors.typeName(this, items[i]));
                }
                names[i] = s.toJavaStringUncached();
            }
            return names;
        }
    }
}
