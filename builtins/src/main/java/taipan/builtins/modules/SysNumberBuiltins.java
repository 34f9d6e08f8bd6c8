package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.IntText;
import taipan.runtime.format.PyHash;
import taipan.runtime.number.IntDigitsLimit;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The numeric part of {@code sys}: the int digit limit, {@code int_info}, {@code float_info}, {@code hash_info}. */
@CoreFunctions(defineModule = "sys")
public final class SysNumberBuiltins {

    private SysNumberBuiltins() {
    }

    /** The numeric constants of {@code sys} (named tuples in CPython; namespaces here, read by attribute). */
    public static Map<String, Object> constants() {
        Map<String, Object> values = new LinkedHashMap<>();
        LinkedHashMap<String, Object> intInfo = new LinkedHashMap<>();
        intInfo.put("bits_per_digit", 30L);
        intInfo.put("sizeof_digit", 4L);
        intInfo.put("default_max_str_digits", (long) IntText.DEFAULT_MAX_STR_DIGITS);
        intInfo.put("str_digits_check_threshold", (long) IntDigitsLimit.THRESHOLD);
        values.put("int_info", new PSimpleNamespace(intInfo));
        LinkedHashMap<String, Object> floatInfo = new LinkedHashMap<>();
        floatInfo.put("max", Double.MAX_VALUE);
        floatInfo.put("max_exp", 1024L);
        floatInfo.put("max_10_exp", 308L);
        floatInfo.put("min", Double.MIN_NORMAL);
        floatInfo.put("min_exp", -1021L);
        floatInfo.put("min_10_exp", -307L);
        floatInfo.put("dig", 15L);
        floatInfo.put("mant_dig", 53L);
        floatInfo.put("epsilon", Math.ulp(1.0));
        floatInfo.put("radix", 2L);
        floatInfo.put("rounds", 1L);
        values.put("float_info", new PSimpleNamespace(floatInfo));
        LinkedHashMap<String, Object> hashInfo = new LinkedHashMap<>();
        hashInfo.put("width", 64L);
        hashInfo.put("modulus", PyHash.MODULUS);
        hashInfo.put("inf", PyHash.INF);
        hashInfo.put("nan", 0L);
        hashInfo.put("imag", PyHash.IMAG);
        hashInfo.put("algorithm", PyStrings.of("siphash13"));
        hashInfo.put("hash_bits", 64L);
        hashInfo.put("seed_bits", 128L);
        hashInfo.put("cutoff", 0L);
        values.put("hash_info", new PSimpleNamespace(hashInfo));
        values.put("float_repr_style", PyStrings.of("short"));
        return values;
    }

    @Builtin(name = "get_int_max_str_digits")
    abstract static class GetIntMaxStrDigitsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doGet(@SuppressWarnings("unused") Object[] arguments) {
            return IntDigitsLimit.get();
        }
    }

    @Builtin(name = "set_int_max_str_digits", parameterNames = "maxdigits", minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class SetIntMaxStrDigitsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doSet(Object maxdigits) {
            long n = NumberArgs.asLong(this, maxdigits);
            if (n != 0 && (n <= IntDigitsLimit.THRESHOLD || n > Integer.MAX_VALUE)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "maxdigits must be 0 or larger than %d",
                                IntDigitsLimit.THRESHOLD);
            }
            IntDigitsLimit.set((int) n);
            return PNone.NONE;
        }
    }
}
