package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.module.ModuleImporter;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.codecs.CodecRegistry;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The registry half of {@code _codecs} ({@code Python/codecs.c}): search functions, {@code lookup} with its cache,
 * {@code encode}/{@code decode} through a looked-up codec, and the error-handler registry.
 */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsModuleBuiltins {

    /** The handlers every interpreter registers at start-up, found as this module's functions of these names. */
    private static final String[][] STANDARD_HANDLERS = {{"strict", "strict_errors"}, {"ignore", "ignore_errors"},
                    {"replace", "replace_errors"}, {"backslashreplace", "backslashreplace_errors"},
                    {"xmlcharrefreplace", "xmlcharrefreplace_errors"}, {"namereplace", "namereplace_errors"},
                    {"surrogateescape", "surrogateescape_errors"}, {"surrogatepass", "surrogatepass_errors"}};

    private CodecsModuleBuiltins() {
    }

    static CodecRegistry registry(Node location) {
        return PythonContext.get(location).getCodecRegistry();
    }

    @Builtin(name = "register", parameterNames = "search_function", minNumOfPositionalArgs = 1)
    abstract static class RegisterNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!SpecialMethods.isCallable(this, arguments[0])) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "argument must be callable");
            }
            registry(this).register(arguments[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister", parameterNames = "search_function", minNumOfPositionalArgs = 1)
    abstract static class UnregisterNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            registry(this).unregister(arguments[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "lookup", parameterNames = "encoding", minNumOfPositionalArgs = 1)
    abstract static class LookupNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return lookup(this, CodecArgs.text(this, arguments[0], "lookup", 1));
        }
    }

    /** {@code _PyCodec_Lookup}: the cache, else each search function in turn; imports encodings on first use. */
    @TruffleBoundary
    static Object lookup(Node location, String encoding) {
        CodecRegistry registry = registry(location);
        String normalized = CodecRegistry.normalize(encoding);
        Object cached = registry.cached(normalized);
        if (cached != null) {
            return cached;
        }
        if (registry.getSearchFunctions().isEmpty()) {
            ModuleImporter.importName(location, "encodings", new String[0], 0, null);
        }
        for (Object search : registry.getSearchFunctions()) {
            Object result = SlowCall.call(location, search, new Object[]{PyStrings.of(normalized)});
            if (result == PNone.NONE) {
                continue;
            }
            if (!(result instanceof PTuple) && !(result instanceof taipan.runtime.object.PBuiltinSubclassObject w && w.getValue() instanceof PTuple) ||
                            tupleLength(result) != 4) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "codec search functions must return 4-tuples");
            }
            registry.cache(normalized, result);
            return result;
        }
        throw PythonErrors.raise(location, BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
    }

    private static int tupleLength(Object value) {
        PTuple t = value instanceof PTuple p ? p : (PTuple) ((taipan.runtime.object.PBuiltinSubclassObject) value).getValue();
        return t.length();
    }

    private static Object item(Object info, int index) {
        PTuple t = info instanceof PTuple p ? p : (PTuple) ((taipan.runtime.object.PBuiltinSubclassObject) info).getValue();
        return t.getItems()[index];
    }

    @Builtin(name = "encode", parameterNames = {"obj", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class EncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return code(this, arguments, 0, "encoder");
        }
    }

    @Builtin(name = "decode", parameterNames = {"obj", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class DecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return code(this, arguments, 1, "decoder");
        }
    }

    /** {@code codecs.encode/decode}: the codec's function, whose result must be an (object, integer) tuple. */
    @TruffleBoundary
    static Object code(Node location, Object[] arguments, int which, String role) {
        String encoding = arguments[1] == PNone.NO_VALUE ? "utf-8" : CodecArgs.text(location, arguments[1], which == 0 ? "encode" : "decode", 2);
        String errors = arguments[2] == PNone.NO_VALUE ? "strict" : CodecArgs.text(location, arguments[2], which == 0 ? "encode" : "decode", 3);
        Object function = item(lookup(location, encoding), which);
        Object result = SlowCall.call(location, function, new Object[]{arguments[0], PyStrings.of(errors)});
        if (!(result instanceof PTuple t) || t.length() != 2) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s must return a tuple (object, integer)", role);
        }
        return t.getItems()[0];
    }

    @Builtin(name = "_forget_codec", parameterNames = "encoding", minNumOfPositionalArgs = 1)
    abstract static class ForgetNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            registry(this).forget(CodecRegistry.normalize(CodecArgs.text(this, arguments[0], "_forget_codec", 1)));
            return PNone.NONE;
        }
    }

    @Builtin(name = "register_error", parameterNames = {"errors", "handler"}, minNumOfPositionalArgs = 2)
    abstract static class RegisterErrorNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            String name = CodecArgs.text(this, arguments[0], "register_error", 1);
            if (!SpecialMethods.isCallable(this, arguments[1])) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "handler must be callable");
            }
            registry(this).registerErrorHandler(name, arguments[1]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "lookup_error", parameterNames = "name", minNumOfPositionalArgs = 1)
    abstract static class LookupErrorNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return lookupError(this, CodecArgs.text(this, arguments[0], "lookup_error", 1));
        }
    }

    /** A registered handler, else one of the standard ones (this module's {@code *_errors} functions). */
    @TruffleBoundary
    static Object lookupError(Node location, String name) {
        Object handler = registry(location).errorHandler(name);
        if (handler != null) {
            return handler;
        }
        for (String[] standard : STANDARD_HANDLERS) {
            if (standard[0].equals(name)) {
                Object module = PythonContext.get(location).getModules().get("_codecs");
                if (module instanceof taipan.runtime.module.PythonModule m && m.getAttribute(standard[1]) != null) {
                    return m.getAttribute(standard[1]);
                }
            }
        }
        throw PythonErrors.raise(location, BuiltinType.LOOKUP_ERROR, "unknown error handler name '%s'", name);
    }

    /** Whether a codec failure is "unknown encoding", which the registry (encodings package) may still know. */
    public static boolean isUnknownEncoding(taipan.runtime.str.StrException e) {
        return e.getPythonType().equals("LookupError") && e.getMessage().startsWith("unknown encoding");
    }

    /** {@code str.encode} through the registry: the codec must give bytes. */
    @TruffleBoundary
    public static byte[] encodeText(Node location, TruffleString text, String encoding, String errors) {
        Object result = code(location, new Object[]{text, PyStrings.of(encoding), PyStrings.of(errors)}, 0, "encoder");
        if (!(result instanceof taipan.runtime.bytes.PBytes b)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                            encoding, PythonErrors.typeName(location, result));
        }
        return b.toByteArray();
    }

    /** {@code bytes.decode} through the registry: the codec must give str. */
    @TruffleBoundary
    public static TruffleString decodeBytes(Node location, byte[] bytes, String encoding, String errors) {
        Object result = code(location, new Object[]{new taipan.runtime.bytes.PBytes(bytes), PyStrings.of(encoding),
                        PyStrings.of(errors)}, 1, "decoder");
        if (!(result instanceof TruffleString s)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                            encoding, PythonErrors.typeName(location, result));
        }
        return s;
    }
}
