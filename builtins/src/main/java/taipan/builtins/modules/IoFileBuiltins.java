package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PBuffered;
import taipan.runtime.io.PFileIO;
import taipan.runtime.io.PTextIOWrapper;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code _io.open} and {@code _io.open_code} (CPython's {@code _io_open_impl} in {@code Modules/_io/_iomodule.c}):
 * the mode checks, then a {@code FileIO}, a buffered object over it, and a {@code TextIOWrapper} over that.
 */
@CoreFunctions(defineModule = "_io")
public final class IoFileBuiltins {

    private IoFileBuiltins() {
    }

    /** The letters of an {@code open()} mode. */
    record OpenMode(boolean creating, boolean reading, boolean writing, boolean appending, boolean updating,
                    boolean text, boolean binary) {
        String rawMode() {
            return (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                            + (updating ? "+" : "");
        }
    }

    @TruffleBoundary
    static OpenMode parseMode(Node node, Object modeArg) {
        String mode = "r";
        if (modeArg != PNone.NO_VALUE) {
            if (!(modeArg instanceof TruffleString s)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "open() argument 'mode' must be str, not %s",
                                PythonErrors.typeName(node, modeArg));
            }
            mode = s.toJavaStringUncached();
        }
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "invalid mode: %s", Repr.repr(PyStrings.of(mode)));
            }
        }
        OpenMode m = new OpenMode(mode.contains("x"), mode.contains("r"), mode.contains("w"), mode.contains("a"),
                        mode.contains("+"), mode.contains("t"), mode.contains("b"));
        if (m.text() && m.binary()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "can't have text and binary mode at once");
        }
        int kinds = (m.creating() ? 1 : 0) + (m.reading() ? 1 : 0) + (m.writing() ? 1 : 0) + (m.appending() ? 1 : 0);
        if (kinds > 1) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "must have exactly one of create/read/write/append mode");
        }
        return m;
    }

    @TruffleBoundary
    static Object open(Node node, Object[] a) {
        OpenMode mode = parseMode(node, a[1]);
        long buffering = a[2] == PNone.NO_VALUE ? -1 : NumberArgs.asLong(node, a[2]);
        if (mode.binary()) {
            String[] names = {"an encoding", "an errors", "a newline"};
            for (int i = 0; i < 3; i++) {
                if (a[3 + i] != PNone.NO_VALUE && a[3 + i] != PNone.NONE) {
                    throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "binary mode doesn't take %s argument",
                                    names[i]);
                }
            }
        } else {
            checkTextArgument(node, a[3], "encoding");
            checkTextArgument(node, a[4], "errors");
            checkTextArgument(node, a[5], "newline");
            if (buffering == 0) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "can't have unbuffered text I/O");
            }
        }
        if (a[0] instanceof Double) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected str, bytes or os.PathLike object, not float");
        }
        taipan.language.PythonContext.get(node).getOpenFiles().flushAll();
        TaipanLanguage language = TaipanLanguage.get(node);
        PFileIO raw = new PFileIO(language.getBuiltinClass(BuiltinType.FILE_IO).getInstanceShape());
        IoFileOpener.init(node, raw, a[0], PyStrings.of(mode.rawMode()), a[6], a[7]);
        try {
            if (buffering == 0) {
                return raw;
            }
            PBuffered.Kind kind = mode.updating() ? PBuffered.Kind.RANDOM : mode.reading() ? PBuffered.Kind.READER
                            : PBuffered.Kind.WRITER;
            BuiltinType type = kind == PBuffered.Kind.RANDOM ? BuiltinType.BUFFERED_RANDOM
                            : kind == PBuffered.Kind.READER ? BuiltinType.BUFFERED_READER : BuiltinType.BUFFERED_WRITER;
            PBuffered buffer = new PBuffered(language.getBuiltinClass(type).getInstanceShape());
            buffer.init(kind, raw, null, buffering < 0 || buffering == 1 ? (int) IoModuleBuiltins.DEFAULT_BUFFER_SIZE
                            : (int) buffering);
            if (mode.binary()) {
                if (kind != PBuffered.Kind.READER) {
                    taipan.language.PythonContext.get(node).getOpenFiles().register(buffer);
                }
                return buffer;
            }
            PTextIOWrapper text = new PTextIOWrapper(language.getBuiltinClass(BuiltinType.TEXT_IO_WRAPPER).getInstanceShape());
            IoTextIOWrapperBuiltins.init(node, text, new Object[]{null, buffer, a[3], a[4], a[5], buffering == 1,
                            PNone.NO_VALUE});
            ObjectAttributes.setInstanceAttribute(node, text, "mode", a[1] == PNone.NO_VALUE ? PyStrings.of("r") : a[1]);
            if (kind != PBuffered.Kind.READER) {
                taipan.language.PythonContext.get(node).getOpenFiles().register(text);
            }
            return text;
        } catch (PException e) {
            IoFileOpener.close(node, raw);
            throw e;
        }
    }

    private static void checkTextArgument(Node node, Object value, String name) {
        if (value != PNone.NO_VALUE && value != PNone.NONE && !(value instanceof TruffleString)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "open() argument '%s' must be str or None, not %s",
                            name, PythonErrors.typeName(node, value));
        }
    }

    @Builtin(name = "open", parameterNames = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
                    "opener"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class OpenNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return open(this, arguments);
        }
    }

    @Builtin(name = "open_code", parameterNames = "path", minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class OpenCodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object path) {
            if (!(path instanceof TruffleString)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "open_code() argument 'path' must be str, not %s",
                                PythonErrors.typeName(this, path));
            }
            return open(this, new Object[]{path, PyStrings.of("rb"), PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE,
                            PNone.NO_VALUE, PNone.NO_VALUE, PNone.NO_VALUE});
        }
    }
}
