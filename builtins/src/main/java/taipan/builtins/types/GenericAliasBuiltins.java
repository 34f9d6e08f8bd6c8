package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;

/** The methods of {@code types.GenericAlias}: equality by origin and arguments, and PEP 560's base substitution. */
@CoreFunctions(extendClasses = BuiltinType.GENERIC_ALIAS)
public final class GenericAliasBuiltins {

    private GenericAliasBuiltins() {
    }

    /** {@code types.GenericAlias(origin, args)}; subclasses (collections.abc's) get it through {@code super().__new__}. */
    @Builtin(name = "GenericAlias", parameterNames = {"cls", "origin", "args"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.GENERIC_ALIAS)
    abstract static class NewNode extends PythonTernaryBuiltinNode {

        @Specialization
        static Object doNew(@SuppressWarnings("unused") Object cls, Object origin, Object args) {
            return new PGenericAlias(origin, args);
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doEq(PGenericAlias self, Object other) {
            return other instanceof PGenericAlias o ? (Object) self.sameAs(o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doNe(PGenericAlias self, Object other) {
            return other instanceof PGenericAlias o ? (Object) !self.sameAs(o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__mro_entries__", parameterNames = {"self", "bases"}, minNumOfPositionalArgs = 2)
    abstract static class MroEntriesNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doEntries(PGenericAlias self, @SuppressWarnings("unused") Object bases) {
            return new PTuple(new Object[]{self.getOrigin()});
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doHash(PGenericAlias self) {
            return System.identityHashCode(self.getOrigin()) ^ self.getArgs().length();
        }
    }
}
