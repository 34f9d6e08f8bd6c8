package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.language.TaipanLanguage;
import taipan.runtime.type.BuiltinType;

/** The {@code sys} module (CPython's {@code Python/sysmodule.c}): the part programs use first. */
@CoreFunctions(defineModule = "sys")
public final class SysModuleBuiltins {

    /** CPython's wording for a free-threaded build, which Taipan always is (DESIGN §6). */
    static final String VERSION = "3.13.2 experimental free-threading build (main, Nov 23 2026, 00:00:00) "
                    + "[Taipan on GraalVM Truffle]";

    private SysModuleBuiltins() {
    }

    /** The constants of {@code sys}: language-level values shared by every context. */
    public static Map<String, Object> constants() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("version", PyStrings.of(VERSION));
        values.put("version_info", taipan.runtime.object.StructSequences.create("sys.version_info",
                        new String[]{"major", "minor", "micro", "releaselevel", "serial"},
                        new Object[]{3L, 13L, 2L, PyStrings.of("final"), 0L}));
        values.put("abiflags", PyStrings.of("t")); // a free-threading build, as python3.13t

        values.put("hexversion", 0x030d02f0L);
        values.put("copyright", PyStrings.of("Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n"
                        + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                        + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
                        + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        values.put("dont_write_bytecode", true); // Taipan never writes .pyc files: its code is Truffle trees
        values.put("maxsize", Long.MAX_VALUE);
        values.put("byteorder", PyStrings.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                        ? "little" : "big"));
        values.put("platform", PyStrings.of("linux"));
        values.put("warnoptions", new taipan.runtime.object.PList(new Object[0])); // no -W options
        LinkedHashMap<String, Object> implementation = new LinkedHashMap<>();
        implementation.put("name", PyStrings.of("taipan"));
        implementation.put("cache_tag", PNone.NONE); // no bytecode cache (DESIGN §7)
        implementation.put("version", values.get("version_info"));
        implementation.put("hexversion", values.get("hexversion"));
        implementation.put("_multiarch", PyStrings.of(SysconfigData.MULTIARCH));
        values.put("implementation", new PSimpleNamespace(implementation));
        return values;
    }

    @Builtin(name = "exit", parameterNames = "status")
    abstract static class ExitNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doExit(Object status) {
            throw systemExit(status == PNone.NO_VALUE ? PNone.NONE : status);
        }

        @TruffleBoundary
        private PException systemExit(Object status) {
            TaipanLanguage language = TaipanLanguage.get(this);
            PTuple args = new PTuple(status == PNone.NONE ? new Object[0] : new Object[]{status});
            return new PException(new PBaseException(language.getBuiltinClass(BuiltinType.SYSTEM_EXIT), args), this);
        }
    }

    @Builtin(name = "_is_gil_enabled")
    abstract static class IsGilEnabledNode extends PythonVarargsBuiltinNode {

        @Specialization
        boolean doGet(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).isGilEnabled();
        }
    }

    /** {@code sys.intern}: equal strings give one object. */
    @Builtin(name = "intern", parameterNames = "string", positionalOnly = true)
    abstract static class InternNode extends PythonVarargsBuiltinNode {

        @Specialization
        Object doIntern(Object[] arguments) {
            if (!(arguments[0] instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "intern() argument must be str, not %s",
                                PythonErrors.typeName(this, arguments[0]));
            }
            return intern((TruffleString) arguments[0]);
        }

        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        private static TruffleString intern(TruffleString s) {
            return INTERNED.computeIfAbsent(s, k -> k);
        }

        // one table for the engine: strs are immutable and shared by every context
        private static final java.util.concurrent.ConcurrentHashMap<TruffleString, TruffleString> INTERNED =
                        new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** {@code sys.getfilesystemencoding()}: UTF-8, as CPython's on Linux in the UTF-8 mode it defaults to. */
    @Builtin(name = "getfilesystemencoding")
    abstract static class GetFilesystemEncodingNode extends PythonVarargsBuiltinNode {

        @Specialization
        Object doGet(@SuppressWarnings("unused") Object[] arguments) {
            return PyStrings.of("utf-8");
        }
    }

    @Builtin(name = "getfilesystemencodeerrors")
    abstract static class GetFilesystemEncodeErrorsNode extends PythonVarargsBuiltinNode {

        @Specialization
        Object doGet(@SuppressWarnings("unused") Object[] arguments) {
            return PyStrings.of("surrogateescape");
        }
    }

    /** {@code is_finalizing()}: False while the program runs; exit handlers and finalizers run before shutdown. */
    @Builtin(name = "is_finalizing")
    abstract static class IsFinalizingNode extends PythonVarargsBuiltinNode {
        @Specialization
        static boolean doGet(@SuppressWarnings("unused") Object[] arguments) {
            return false;
        }
    }

    @Builtin(name = "getrecursionlimit")
    abstract static class GetRecursionLimitNode extends PythonVarargsBuiltinNode {

        @Specialization
        long doGet(@SuppressWarnings("unused") Object[] arguments) {
            return PythonContext.get(this).getRecursionLimit();
        }
    }

    @Builtin(name = "setrecursionlimit", parameterNames = "limit", minNumOfPositionalArgs = 1)
    abstract static class SetRecursionLimitNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doSet(long limit) {
            if (limit < 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, ErrorMessages.RECURSION_LIMIT_TOO_SMALL);
            }
            PythonContext.get(this).setRecursionLimit((int) Math.min(limit, Integer.MAX_VALUE));
            return PNone.NONE;
        }

        @Specialization(guards = "!isLong(limit)")
        Object doOther(Object limit) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.INTEGER_EXPECTED,
                            PythonErrors.typeName(this, limit));
        }

        static boolean isLong(Object value) {
            return value instanceof Long;
        }
    }
}
