package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;

/** PEP 585's {@code __class_getitem__} of the generic built-in classes: {@code list[int]} is a GenericAlias. */
@CoreFunctions(extendClasses = {BuiltinType.TUPLE, BuiltinType.LIST, BuiltinType.DICT, BuiltinType.SET,
                BuiltinType.FROZENSET, BuiltinType.ENUMERATE})
public final class GenericClassBuiltins {

    private GenericClassBuiltins() {
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "item"}, minNumOfPositionalArgs = 2, classMethod = true)
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object item) {
            return new PGenericAlias(cls, item);
        }
    }
}
