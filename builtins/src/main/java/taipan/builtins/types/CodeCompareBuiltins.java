package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.function.CodeEquality;
import taipan.runtime.function.PCode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/**
 * Equality and hash of code objects, as CPython's {@code code_richcompare}: two code objects compiled alike (same
 * attributes, same source text) are equal, so {@code compile("1", "<s>", "eval") == compile("1", "<s>", "eval")}.
 */
@CoreFunctions(extendClasses = BuiltinType.CODE)
public final class CodeCompareBuiltins {

    private CodeCompareBuiltins() {
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doEq(PCode self, Object other) {
            return other instanceof PCode o ? (Object) same(self, o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {

        @Specialization
        static Object doNe(PCode self, Object other) {
            return other instanceof PCode o ? (Object) !same(self, o) : PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doHash(PCode self) {
            return CodeEquality.hash(self);
        }
    }

    private static boolean same(PCode a, PCode b) {
        return CodeEquality.same(a, b);
    }
}
