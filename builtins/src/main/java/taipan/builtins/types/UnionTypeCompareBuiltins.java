package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PUnionType;

/** Equality and hash of {@code types.UnionType}: by the set of members, so {@code int | str == str | int}. */
@CoreFunctions(extendClasses = BuiltinType.UNION_TYPE)
public final class UnionTypeCompareBuiltins {

    private UnionTypeCompareBuiltins() {
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doEq(PUnionType self, Object other) {
            return other instanceof PUnionType o ? (Object) self.sameMembers(o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doNe(PUnionType self, Object other) {
            return other instanceof PUnionType o ? (Object) !self.sameMembers(o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doHash(PUnionType self) {
            return self.membersHash();
        }
    }
}
