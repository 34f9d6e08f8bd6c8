package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
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
            if (!(arguments[0] instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.MODULE_NAME_MUST_BE_STR,
                                PythonErrors.typeName(this, arguments[0]));
            }
            long level = arguments[4] == PNone.NO_VALUE ? 0 : levelOf(arguments[4]);
            if (level < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.LEVEL_NEGATIVE);
            }
            PythonModule globals = arguments[1] instanceof PythonModule m ? m : null;
            return ModuleImporter.importBuiltin(this, name.toJavaStringUncached(), fromList(arguments[3]),
                            (int) level, globals);
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
