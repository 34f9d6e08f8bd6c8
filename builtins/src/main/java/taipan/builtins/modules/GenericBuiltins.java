package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.typing.GenericSupport;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;

/**
 * {@code typing.Generic}, native in CPython 3.13 ({@code Objects/typevarobject.c}): its two class methods call
 * {@code typing._generic_class_getitem} and {@code typing._generic_init_subclass}.
 */
@CoreFunctions(extendClasses = BuiltinType.GENERIC)
public final class GenericBuiltins {

    private GenericBuiltins() {
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "params"}, minNumOfPositionalArgs = 2,
                    classMethod = true)
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, Object params) {
            return GenericSupport.callTyping(this, "_generic_class_getitem", new Object[]{cls, params},
                            new String[0], new Object[0]);
        }
    }

    @Builtin(name = "__init_subclass__", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, classMethod = true)
    abstract static class InitSubclassNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, PTuple args, Object kwargs) {
            return initSubclass(this, cls, args, kwargs);
        }

        @TruffleBoundary
        private static Object initSubclass(Node node, Object cls, PTuple args, Object kwargs) {
            Object[] positional = new Object[args.length() + 1];
            positional[0] = cls;
            System.arraycopy(args.getItems(), 0, positional, 1, args.length());
            String[] names = new String[0];
            Object[] values = new Object[0];
            if (kwargs instanceof PDict dict) {
                Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(node).threadingMode());
                names = new String[entries[0].length];
                values = entries[1];
                for (int i = 0; i < names.length; i++) {
                    names[i] = Repr.str(entries[0][i]);
                }
            }
            return GenericSupport.callTyping(node, "_generic_init_subclass", positional, names, values);
        }
    }
}
