package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.function.PProperty;
import taipan.language.PythonContext;
import taipan.nodes.module.PythonWarnings;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The {@code _io} module's functions and constants (CPython's {@code Modules/_io/_iomodule.c}). */
@CoreFunctions(defineModule = "_io")
public final class IoModuleBuiltins {

    /** CPython's {@code DEFAULT_BUFFER_SIZE} (8 KiB in 3.13). */
    static final long DEFAULT_BUFFER_SIZE = 8192;

    private IoModuleBuiltins() {
    }

    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
        values.put("BlockingIOError", language.getBuiltinClass(BuiltinType.BLOCKING_IO_ERROR));
        return values;
    }

    /** Turns the classes' {@code closed} methods into read-only properties, as CPython's getset descriptors. */
    public static void install(TaipanLanguage language) {
        for (BuiltinType type : new BuiltinType[]{BuiltinType.IO_BASE, BuiltinType.STRING_IO, BuiltinType.BYTES_IO}) {
            properties(language, type, "closed");
        }
        properties(language, BuiltinType.FILE_IO, "closed", "closefd", "mode");
        for (BuiltinType type : new BuiltinType[]{BuiltinType.BUFFERED_READER, BuiltinType.BUFFERED_WRITER,
                        BuiltinType.BUFFERED_RANDOM, BuiltinType.BUFFERED_RW_PAIR}) {
            properties(language, type, "closed", "raw", "name", "mode");
        }
        properties(language, BuiltinType.TEXT_IO_WRAPPER, "closed", "name", "buffer", "encoding", "errors",
                        "line_buffering", "write_through", "newlines");
        properties(language, BuiltinType.INCREMENTAL_NEWLINE_DECODER, "newlines");
    }

    private static void properties(TaipanLanguage language, BuiltinType type, String... names) {
        PythonClass cls = language.getBuiltinClass(type);
        for (String name : names) {
            cls.writeAttribute(name, new PProperty(cls.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
    }

    @Builtin(name = "text_encoding", parameterNames = {"encoding", "stacklevel"}, minNumOfPositionalArgs = 1)
    abstract static class TextEncodingNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object encoding, Object stacklevel) {
            if (encoding != PNone.NONE) {
                return encoding;
            }
            if (PythonContext.get(this).getWarnDefaultEncoding()) {
                long level = stacklevel instanceof Long l ? l : 2L;
                PythonWarnings.warn(this, BuiltinType.ENCODING_WARNING, "'encoding' argument not specified", (int) level);
            }
            return PyStrings.of(PythonContext.get(this).getUtf8Mode() ? "utf-8" : "locale");
        }
    }
}
