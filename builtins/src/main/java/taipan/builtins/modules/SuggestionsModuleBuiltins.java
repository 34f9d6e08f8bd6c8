package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.exception.Suggestions;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code _suggestions}: the "Did you mean" match the {@code traceback} module asks for. */
@CoreFunctions(defineModule = "_suggestions")
public final class SuggestionsModuleBuiltins {

    private SuggestionsModuleBuiltins() {
    }

    /** {@code _generate_suggestions(candidates, item)}: the closest str of the list, or None. */
    @Builtin(name = "_generate_suggestions", parameterNames = {"candidates", "item"}, minNumOfPositionalArgs = 2)
    abstract static class GenerateNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doGenerate(Object candidates, Object item) {
            if (!(PBuiltinSubclassObject.unwrap(candidates) instanceof PList list)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "candidates must be a list");
            }
            if (!(PBuiltinSubclassObject.unwrap(item) instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "_generate_suggestions() argument 2 must be str, not %s", PythonErrors.typeName(this, item));
            }
            Object[] items = list.getStorage().toArray(TaipanLanguage.get(this).threadingMode());
            for (Object element : items) {
                if (!(PBuiltinSubclassObject.unwrap(element) instanceof TruffleString)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "all elements in 'candidates' must be strings");
                }
            }
            TruffleString suggestion = Suggestions.closest(items, PyStrings.toJava(name));
            return suggestion == null ? PNone.NONE : suggestion;
        }
    }
}
