package taipan.nodes.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.module.ModuleImporter;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The bridge from the native {@code Generic} to {@code typing.py} (CPython's {@code call_typing_func_object}):
 * {@code typing} is imported on first use, as it is in CPython, and the pure-Python helpers do the work.
 */
public final class GenericSupport {

    private GenericSupport() {
    }

    /** {@code typing.<function>(*arguments)}. */
    @TruffleBoundary
    public static Object callTyping(Node location, String function, Object[] arguments, String[] keywordNames,
                    Object[] keywords) {
        Object typing = ModuleImporter.findAndLoad(location, "typing");
        Object callable = ObjectAttributes.getAttribute(location, typing, function);
        return SlowCall.call(location, callable, arguments, keywordNames, keywords);
    }

    /** {@code Generic[*params]} with each {@code TypeVarTuple} unpacked (CPython's {@code _Py_subscript_generic}). */
    @TruffleBoundary
    public static Object genericBase(Node location, PTuple params) {
        TaipanLanguage language = TaipanLanguage.get(location);
        Object[] items = params.getItems().clone();
        for (int i = 0; i < items.length; i++) {
            if (PythonTypes.classOf(language, items[i]) == language.getBuiltinClass(BuiltinType.TYPE_VAR_TUPLE)) {
                items[i] = unpack(location, items[i]);
            }
        }
        PythonClass generic = language.getBuiltinClass(BuiltinType.GENERIC);
        Object getitem = ObjectAttributes.getAttribute(location, generic, "__class_getitem__");
        return SlowCall.call(location, getitem, new Object[]{new PTuple(items)});
    }

    /** {@code typing.Unpack[tvt]}, what iterating a {@code TypeVarTuple} gives. */
    @TruffleBoundary
    public static Object unpack(Node location, Object typeVarTuple) {
        Object typing = ModuleImporter.findAndLoad(location, "typing");
        Object unpack = ObjectAttributes.getAttribute(location, typing, "Unpack");
        Object getitem = ObjectAttributes.getAttribute(location, unpack, "__getitem__");
        return SlowCall.call(location, getitem, new Object[]{typeVarTuple});
    }
}
