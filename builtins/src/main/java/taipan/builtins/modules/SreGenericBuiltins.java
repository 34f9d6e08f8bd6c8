package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;

/** {@code re.Pattern[str]} and {@code re.Match[bytes]}: both classes are generic (PEP 585). */
@CoreFunctions(extendClasses = {BuiltinType.SRE_PATTERN, BuiltinType.SRE_MATCH})
public final class SreGenericBuiltins {

    private SreGenericBuiltins() {
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "item"}, minNumOfPositionalArgs = 2, classMethod = true)
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, Object item) {
            return new PGenericAlias(cls, item);
        }
    }
}
