package taipan.builtins.modules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code _opcode} module {@code opcode} and {@code dis} import (so {@code inspect} does): CPython 3.13's opcode
 * tables as data. Taipan runs no bytecode, so {@code stack_effect} and the executors are not there.
 */
@CoreFunctions(defineModule = "_opcode")
public final class OpcodeModuleBuiltins {

    private static final int[] HAS_CONST = {83, 103, 240};
    private static final int[] HAS_NAME = {63, 66, 67, 74, 75, 82, 90, 91, 92, 93, 108, 113, 114, 259, 260, 261, 262};
    private static final int[] HAS_JUMP = {72, 77, 78, 79, 97, 98, 99, 100, 104, 256, 257};
    private static final int[] HAS_FREE = {64, 84, 89, 94, 109};
    private static final int[] HAS_LOCAL = {65, 85, 86, 87, 88, 110, 111, 112, 258, 267};
    private static final int[] HAS_EXC = {264, 265, 266};
    /** The opcodes above {@code HAVE_ARGUMENT} (44) that still take an argument, and the pseudo-opcodes that do. */
    private static final int[] HAS_ARG_HIGH = {149, 236, 240, 241, 242, 243, 244, 245, 248, 249, 250, 251, 252, 253, 256,
        257, 258, 259, 260, 261, 262, 264, 265, 266, 267};

    private static final String[] INTRINSIC1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
        "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
        "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
        "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    private static final String[] INTRINSIC2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
    /** {@code BINARY_OP}'s operators, in its argument's order. */
    private static final String[] NB_OPS = {"ADD", "+", "AND", "&", "FLOOR_DIVIDE", "//", "LSHIFT", "<<",
        "MATRIX_MULTIPLY", "@", "MULTIPLY", "*", "REMAINDER", "%", "OR", "|", "POWER", "**", "RSHIFT", ">>",
        "SUBTRACT", "-", "TRUE_DIVIDE", "/", "XOR", "^"};

    private OpcodeModuleBuiltins() {
    }

    public static Map<String, Object> constants() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ENABLE_SPECIALIZATION", false);
        return m;
    }

    private static boolean in(int[] table, Object op) {
        return op instanceof Long l && Arrays.stream(table).anyMatch(x -> x == l);
    }

    private static Object strings(String[] names) {
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStrings.of(names[i]);
        }
        return new PList(items);
    }

    @Builtin(name = "has_arg", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasArgNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return op instanceof Long l && l > 44 && l <= 118 || in(HAS_ARG_HIGH, op);
        }
    }

    @Builtin(name = "has_const", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasConstNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_CONST, op);
        }
    }

    @Builtin(name = "has_name", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_NAME, op);
        }
    }

    @Builtin(name = "has_jump", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasJumpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_JUMP, op);
        }
    }

    @Builtin(name = "has_free", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasFreeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_FREE, op);
        }
    }

    @Builtin(name = "has_local", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasLocalNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_LOCAL, op);
        }
    }

    @Builtin(name = "has_exc", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class HasExcNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return in(HAS_EXC, op);
        }
    }

    @Builtin(name = "is_valid", parameterNames = "opcode", minNumOfPositionalArgs = 1)
    abstract static class IsValidNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(Object op) {
            return op instanceof Long l && l >= 0 && l <= 267;
        }
    }

    @Builtin(name = "get_intrinsic1_descs")
    abstract static class Intrinsic1Node extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] args) {
            return strings(INTRINSIC1);
        }
    }

    @Builtin(name = "get_intrinsic2_descs")
    abstract static class Intrinsic2Node extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] args) {
            return strings(INTRINSIC2);
        }
    }

    @Builtin(name = "get_nb_ops")
    abstract static class NbOpsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] args) {
            Object[] items = new Object[NB_OPS.length];
            for (int i = 0; i < NB_OPS.length / 2; i++) {
                items[i] = pair("NB_" + NB_OPS[2 * i], NB_OPS[2 * i + 1]);
                items[i + NB_OPS.length / 2] = pair("NB_INPLACE_" + NB_OPS[2 * i], NB_OPS[2 * i + 1] + "=");
            }
            return new PList(items);
        }

        private static PTuple pair(String name, String symbol) {
            return new PTuple(new Object[]{PyStrings.of(name), PyStrings.of(symbol)});
        }
    }

    @Builtin(name = "get_specialization_stats")
    abstract static class StatsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] args) {
            return taipan.runtime.object.PNone.NONE;
        }
    }

    @Builtin(name = "stack_effect", parameterNames = {"opcode", "oparg"}, minNumOfPositionalArgs = 1,
                    keywordOnlyNames = "jump", takesVarArgs = true)
    abstract static class StackEffectNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] args) {
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            "stack_effect (Taipan runs no bytecode)");
        }
    }

    @Builtin(name = "get_executor", parameterNames = {"code", "offset"}, minNumOfPositionalArgs = 2)
    abstract static class ExecutorNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] args) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "no executor at this offset");
        }
    }
}
