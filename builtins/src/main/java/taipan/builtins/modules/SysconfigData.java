package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * The build-time configuration {@code sysconfig} reads on POSIX: the module
 * {@code _sysconfigdata_{abiflags}_{platform}_{multiarch}}, whose {@code build_time_vars} say this is a
 * free-threading build ({@code Py_GIL_DISABLED} is 1).
 */
public final class SysconfigData {
    public static final String MULTIARCH = "x86_64-linux-gnu";
    public static final String MODULE_NAME = "_sysconfigdata_t_linux_" + MULTIARCH;

    private SysconfigData() {
    }

    public static Map<String, Object> constants(TaipanLanguage language) {
        ThreadingMode mode = language.threadingMode();
        PDict vars = new PDict();
        BuiltinEquality ops = new BuiltinEquality(mode);
        Object[][] entries = {
            {"Py_GIL_DISABLED", 1L}, {"ABIFLAGS", "t"}, {"ABI_THREAD", "t"}, {"VERSION", "3.13"},
            {"SOABI", "cpython-313t-" + MULTIARCH}, {"EXT_SUFFIX", ".cpython-313t-" + MULTIARCH + ".so"},
            {"SHLIB_SUFFIX", ".so"}, {"MULTIARCH", MULTIARCH}, {"Py_DEBUG", 0L}, {"Py_ENABLE_SHARED", 0L},
            {"WITH_DOC_STRINGS", 1L}, {"SIZEOF_VOID_P", 8L}, {"SIZEOF_LONG", 8L}, {"SIZEOF_SIZE_T", 8L},
            {"HOST_GNU_TYPE", "x86_64-pc-linux-gnu"}, {"prefix", ""}, {"exec_prefix", ""}, {"srcdir", "."},
        };
        for (Object[] entry : entries) {
            Object value = entry[1] instanceof String s ? PyStrings.of(s) : entry[1];
            vars.getStorage().put(mode, ops, PyStrings.of((String) entry[0]), value);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("build_time_vars", vars);
        return values;
    }
}
