package taipan.builtins.types;

import taipan.language.TaipanLanguage;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGetSetDescriptor;
import taipan.runtime.type.PMemberDescriptor;
import taipan.runtime.type.PythonClass;

/**
 * The descriptors built-in classes show for their computed data attributes ({@code function.__code__} is a
 * {@code getset_descriptor}, {@code function.__globals__} a {@code member_descriptor}), which {@code types.py}
 * takes the types of. Instances keep answering through their own attribute code.
 */
public final class BuiltinDescriptors {

    private BuiltinDescriptors() {
    }

    public static void install(TaipanLanguage language) {
        PythonClass function = language.getBuiltinClass(BuiltinType.FUNCTION);
        for (String name : new String[]{"__code__", "__defaults__", "__kwdefaults__", "__annotations__",
                        "__type_params__"}) {
            function.setAttribute(name, new PGetSetDescriptor(name, function));
        }
        for (String name : new String[]{"__globals__", "__closure__", "__builtins__"}) {
            function.setAttribute(name, new PMemberDescriptor(name, function, taipan.runtime.object.PNone.NONE));
        }
        PythonClass frame = language.getBuiltinClass(BuiltinType.FRAME);
        for (String name : new String[]{"f_locals", "f_lineno", "f_lasti", "f_trace"}) {
            frame.setAttribute(name, new PGetSetDescriptor(name, frame));
        }
        PythonClass traceback = language.getBuiltinClass(BuiltinType.TRACEBACK);
        for (String name : new String[]{"tb_frame", "tb_lineno", "tb_lasti"}) {
            traceback.setAttribute(name, new PMemberDescriptor(name, traceback, taipan.runtime.object.PNone.NONE));
        }
        traceback.setAttribute("tb_next", new PGetSetDescriptor("tb_next", traceback));
        installNumberDescriptors(language);
        // the mutable containers' tp_hash is PyObject_HashNotImplemented: their __dict__ says __hash__ = None,
        // which collections.abc.Hashable's subclass hook reads
        for (BuiltinType unhashable : new BuiltinType[]{BuiltinType.LIST, BuiltinType.DICT, BuiltinType.SET,
                        BuiltinType.BYTEARRAY, BuiltinType.DICT_KEYS, BuiltinType.DICT_ITEMS, BuiltinType.SIMPLE_NAMESPACE}) {
            language.getBuiltinClass(unhashable).setAttribute("__hash__", taipan.runtime.object.PNone.NONE);
        }
        PythonClass baseException = language.getBuiltinClass(BuiltinType.BASE_EXCEPTION);
        for (String name : new String[]{"args", "__traceback__", "__context__", "__cause__", "__suppress_context__"}) {
            baseException.setAttribute(name, new PGetSetDescriptor(name, baseException));
        }
        PythonClass type = language.getBuiltinClass(BuiltinType.TYPE);
        for (String name : new String[]{"__mro__", "__dict__"}) {
            type.setAttribute(name, new PGetSetDescriptor(name, type));
        }
    }

    /** {@code int.real}, {@code float.imag}, {@code int.numerator}...: getset descriptors of the numeric types. */
    private static void installNumberDescriptors(TaipanLanguage language) {
        for (BuiltinType type : new BuiltinType[]{BuiltinType.INT, BuiltinType.FLOAT, BuiltinType.COMPLEX}) {
            PythonClass cls = language.getBuiltinClass(type);
            String[] names = type == BuiltinType.INT ? new String[]{"real", "imag", "numerator", "denominator"}
                            : new String[]{"real", "imag"};
            for (String name : names) {
                cls.setAttribute(name, new PGetSetDescriptor(name, cls));
            }
        }
    }
}
