package taipan.builtins.functions;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.nodes.call.SlowCall;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PTuple;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** What {@code exec}, {@code eval} and {@code compile} share: source text, compiling, and running in namespaces. */
final class CodeRunner {

    private CodeRunner() {
    }

    /** {@code exec}/{@code eval} (by {@code function}) of a str, bytes or code object in the given namespaces. */
    @TruffleBoundary
    static Object run(Node location, String function, Object source, Object globals, Object locals) {
        return run(location, function, source, globals, locals, PNone.NONE);
    }

    /** {@code exec(source, globals, locals, closure=closure)}: the closure only with a function's code object. */
    @TruffleBoundary
    static Object run(Node location, String function, Object source, Object globals, Object locals, Object closure) {
        boolean noGlobals = globals == PNone.NO_VALUE || globals == PNone.NONE;
        boolean noLocals = locals == PNone.NO_VALUE || locals == PNone.NONE;
        if (!noGlobals && !(globals instanceof PDict)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, function.equals("exec")
                            ? "exec() globals must be a dict, not " + PythonErrors.typeName(location, globals)
                            : isMapping(location, globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                            : "globals must be a dict");
        }
        if (!noLocals && !isMapping(location, locals)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "locals must be a mapping");
        }
        PythonModule module;
        Object namespace;
        if (noGlobals) {
            CallerFrame caller = CallerFrame.find(location);
            module = caller.globals();
            namespace = noLocals ? caller.execLocals(location) : locals;
        } else {
            module = namespaceOf(location, (PDict) globals);
            namespace = noLocals ? null : locals;
        }
        if (namespace == module.getDict()) {
            namespace = null;
        }
        PCode code = source instanceof PCode c ? c
                        : compile(location, sourceText(location, function, source, function.equals("eval")), "<string>",
                                        function);
        PCell[] cells = closureCells(location, source, code, closure);
        if (!code.isTopLevel()) {
            // a function's code runs in a fresh frame of its own: the locals mapping is not its namespace
            return SlowCall.call(location, new PFunction(code, module, new Object[0], null, cells), new Object[0]);
        }
        return code.getCallTarget().call(module, namespace);
    }

    /** builtin_exec_impl's checks: exactly one cell per free variable of a code object, else no closure. */
    private static PCell[] closureCells(Node location, Object source, PCode code, Object closure) {
        boolean none = closure == PNone.NONE || closure == PNone.NO_VALUE;
        if (!(source instanceof PCode)) {
            if (!none) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "closure can only be used when source is a code object");
            }
            return new PCell[0];
        }
        int free = code.getInfo() == null ? 0 : code.getInfo().freevars().length;
        if (free == 0) {
            if (!none) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot use a closure with this code object");
            }
            return new PCell[0];
        }
        Object[] items = closure instanceof PTuple t && t.getItems().length == free ? t.getItems() : null;
        PCell[] cells = new PCell[free];
        for (int i = 0; items != null && i < free; i++) {
            if (!(items[i] instanceof PCell cell)) {
                items = null;
                break;
            }
            cells[i] = cell;
        }
        if (items == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "code object requires a closure of exactly length %d", free);
        }
        return cells;
    }

    /** The module whose namespace {@code globals} is, giving a fresh dict its {@code __builtins__}. */
    static PythonModule namespaceOf(Node location, PDict globals) {
        TaipanLanguage language = TaipanLanguage.get(location);
        ThreadingMode mode = language.threadingMode();
        PythonModule module = PythonModule.forDict(globals, language.getModuleShape(), mode);
        PythonModule builtins = PythonContext.get(location).getBuiltinsModule();
        Object own = module.getAttribute("__builtins__");
        if (own == null) {
            module.setAttribute("__builtins__", builtins.getDict());
        } else if (own != builtins && own != builtins.getDict()) {
            module.setCustomBuiltins(own instanceof PythonModule m ? m.getDict() : own);
        }
        return module;
    }

    private static boolean isMapping(Node location, Object value) {
        return value instanceof PDict || SpecialMethods.lookup(location, value, "__getitem__") != null;
    }

    @TruffleBoundary
    static PCode compile(Node location, String text, String filename, String mode) {
        return compile(location, text, filename, mode, -1);
    }

    /** {@code compile()} at an optimization level: -1 is the running interpreter's, 1 drops asserts, 2 docstrings. */
    @TruffleBoundary
    static PCode compile(Node location, String text, String filename, String mode, int optimize) {
        TaipanLanguage language = TaipanLanguage.get(location);
        Source source = Source.newBuilder("python", text, filename).cached(false).build();
        return language.getFrontEnd().compile(language, source, mode, optimize);
    }

    /** The text of a str or bytes source; {@code eval} strips leading spaces and tabs as CPython does. */
    @TruffleBoundary
    static String sourceText(Node location, String function, Object source, boolean strip) {
        String text;
        if (source instanceof TruffleString s) {
            text = s.toJavaStringUncached();
        } else if (source instanceof PBytesLike b) {
            text = new String(b.toByteArray(), StandardCharsets.UTF_8);
        } else {
            String what = function.equals("compile") ? "string, bytes or AST" : "string, bytes or code";
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() arg 1 must be a %s object", function,
                            what);
        }
        if (text.indexOf('\0') >= 0) {
            throw PythonErrors.raise(location, BuiltinType.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        if (strip) {
            int start = 0;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            text = text.substring(start);
        }
        return text;
    }

    /** compile()'s filename: a str, bytes, or an object with {@code __fspath__}. */
    @TruffleBoundary
    static String filename(Node location, Object filename) {
        if (filename instanceof TruffleString s) {
            return s.toJavaStringUncached();
        } else if (filename instanceof PBytesLike b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        Object path = SpecialMethods.callUncached(location, filename, "__fspath__", new Object[0]);
        if (path instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                        "expected str, bytes or os.PathLike object, not %s", PythonErrors.typeName(location, filename));
    }

    /** A str argument as Java text (compile's mode). */
    @TruffleBoundary
    static String text(Object value) {
        return value instanceof TruffleString s ? s.toJavaStringUncached() : "";
    }
}
