package taipan.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.runtime.frame.PFrame;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * What {@code traceback.TracebackException} adds to the last line of a NameError, AttributeError or ImportError
 * (". Did you mean: 'x'?", ". Did you forget to import 'x'?"), computed as {@code _compute_suggestion_error} does,
 * for the launcher's traceback, which CPython prints through that module.
 */
public final class SuggestionText {

    private SuggestionText() {
    }

    /** The text to append to the exception's message line; empty when there is none (or computing it failed). */
    @TruffleBoundary
    public static String of(PBaseException e) {
        try {
            return compute(e);
        } catch (PException | ClassCastException failed) {
            return "";
        }
    }

    private static String compute(PBaseException e) {
        boolean importError = e.getType().isSubclassOf(builtin(BuiltinType.IMPORT_ERROR));
        boolean nameError = e.getType().isSubclassOf(builtin(BuiltinType.NAME_ERROR));
        boolean attributeError = e.getType().isSubclassOf(builtin(BuiltinType.ATTRIBUTE_ERROR));
        String field = importError ? "name_from" : nameError || attributeError ? "name" : null;
        if (field == null || !(ExceptionAttributes.get(e, field) instanceof TruffleString wrong)) {
            return "";
        }
        String name = PyStrings.toJava(wrong);
        String suggestion = importError ? closest(moduleNames(e, name), name)
                        : attributeError ? closest(attributeNames(e, name), name) : nameSuggestion(e, name);
        String text = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
        if (nameError && isStdlibModule(wrong)) {
            text += suggestion == null ? ". Did you forget to import '" + name + "'?" : " Or did you forget to import '" + name + "'?";
        }
        return text;
    }

    private static Object[] moduleNames(PBaseException e, String wrong) {
        Object moduleName = ExceptionAttributes.get(e, "name");
        Object module = call("__import__", moduleName);
        return withoutUnderscored(dir(module), wrong);
    }

    private static Object[] attributeNames(PBaseException e, String wrong) {
        Object obj = ExceptionAttributes.get(e, "obj");
        Object[] names = dir(obj);
        PFrame frame = innermostFrame(e);
        Object self = frame == null ? null : lookup(frame.get("f_locals", null), "self");
        return self == obj ? names : withoutUnderscored(names, wrong);
    }

    /** NameError: {@code self.name} when the method's instance has it, else the closest local, global or builtin. */
    private static String nameSuggestion(PBaseException e, String wrong) {
        PFrame frame = innermostFrame(e);
        if (frame == null) {
            return null;
        }
        Object locals = frame.get("f_locals", null);
        Object self = lookup(locals, "self");
        if (self != null && call("hasattr", self, PyStrings.of(wrong)) == Boolean.TRUE) {
            return "self." + wrong;
        }
        Object builtins = PythonContext.get(null).getBuiltinsModule().getDict();
        Object[] names = concat(keys(locals), keys(frame.get("f_globals", null)), keys(builtins));
        return closest(names, wrong);
    }

    private static PFrame innermostFrame(PBaseException e) {
        Object tb = PTraceback.of(e);
        PFrame frame = null;
        while (tb instanceof PTraceback t) {
            frame = (PFrame) t.get("tb_frame");
            tb = t.getNext();
        }
        return frame;
    }

    private static String closest(Object[] names, String wrong) {
        TruffleString found = Suggestions.closest(names, wrong);
        return found == null ? null : PyStrings.toJava(found);
    }

    private static Object[] dir(Object value) {
        return ((PList) call("dir", value)).getStorage().toArray(mode());
    }

    private static Object[] keys(Object mapping) {
        return mapping instanceof PDict d ? d.getStorage().snapshot(mode())[0] : new Object[0];
    }

    private static Object lookup(Object mapping, String key) {
        return mapping instanceof PDict d ? d.getStorage().get(mode(), new taipan.runtime.object.BuiltinEquality(mode()),
                        PyStrings.of(key)) : null;
    }

    private static Object[] withoutUnderscored(Object[] names, String wrong) {
        if (wrong.startsWith("_")) {
            return names;
        }
        return java.util.Arrays.stream(names).filter(n -> !(n instanceof TruffleString s && PyStrings.toJava(s).startsWith("_")))
                        .toArray();
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    private static boolean isStdlibModule(TruffleString name) {
        Object names = PythonContext.get(null).getSysModule().getAttribute("stdlib_module_names");
        return names != null && UncachedCalls.callSpecial(names, "__contains__", name) == Boolean.TRUE;
    }

    private static Object call(String builtinName, Object... arguments) {
        Object function = PythonContext.get(null).getBuiltinsModule().getAttribute(builtinName);
        return UncachedCalls.call(function, arguments);
    }

    private static taipan.runtime.type.PythonClass builtin(BuiltinType type) {
        return taipan.language.TaipanLanguage.get(null).getBuiltinClass(type);
    }

    private static ThreadingMode mode() {
        return taipan.language.TaipanLanguage.get(null).threadingMode();
    }

}
