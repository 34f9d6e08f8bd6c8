package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PUnionType;

/** {@code X | Y} on classes, generic aliases and unions (PEP 604), making a {@code types.UnionType}. */
@CoreFunctions(extendClasses = {BuiltinType.TYPE, BuiltinType.GENERIC_ALIAS, BuiltinType.UNION_TYPE})
public final class UnionTypeBuiltins {

    private UnionTypeBuiltins() {
    }

    @Builtin(name = "__or__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class OrNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doOr(Object self, Object other) {
            if (!PUnionType.isUnionable(self) || !PUnionType.isUnionable(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PUnionType.of(self, other, TaipanLanguage.get(this).getBuiltinClass(BuiltinType.NONE_TYPE));
        }
    }

    @Builtin(name = "__ror__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RorNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doRor(Object self, Object other) {
            if (!PUnionType.isUnionable(self) || !PUnionType.isUnionable(other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PUnionType.of(other, self, TaipanLanguage.get(this).getBuiltinClass(BuiltinType.NONE_TYPE));
        }
    }
}
