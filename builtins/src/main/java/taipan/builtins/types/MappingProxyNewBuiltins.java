package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.type.BuiltinType;

/**
 * {@code types.MappingProxyType(mapping)}: a live read-only view of a dict (enum's {@code __members__}). The view is
 * the class-dict kind of mappingproxy, which reads through dict's methods; other mappings are not supported yet.
 */
@CoreFunctions(extendClasses = BuiltinType.MAPPING_PROXY)
public final class MappingProxyNewBuiltins {

    private MappingProxyNewBuiltins() {
    }

    @Builtin(name = "mappingproxy", parameterNames = {"cls", "mapping"}, minNumOfPositionalArgs = 2, positionalOnly = false,
                    constructsClass = BuiltinType.MAPPING_PROXY)
    abstract static class MappingProxyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCreate(@SuppressWarnings("unused") Object cls, Object mapping) {
            Object dict = PBuiltinSubclassObject.unwrap(mapping);
            if (!(dict instanceof PDict)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "mappingproxy() argument must be a mapping, not %s",
                                PythonErrors.typeName(this, mapping));
            }
            return new PBuiltinSubclassObject(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.MAPPING_PROXY)
                            .getInstanceShape(), dict);
        }
    }
}
