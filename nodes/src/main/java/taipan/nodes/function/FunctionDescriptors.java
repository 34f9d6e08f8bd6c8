package taipan.nodes.function;

import taipan.language.TaipanLanguage;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGetSetDescriptor;
import taipan.runtime.type.PMemberDescriptor;
import taipan.runtime.type.PythonClass;
import taipan.runtime.object.PNone;

/**
 * The descriptors {@code function}'s class dict shows ({@code types.FunctionType.__code__}), which {@code types.py}
 * takes the descriptor types from. Instances read these attributes through {@link FunctionAttributes}.
 */
public final class FunctionDescriptors {

    private static final String[] GETSETS = {"__code__", "__defaults__", "__kwdefaults__", "__annotations__",
                    "__type_params__"};
    private static final String[] MEMBERS = {"__closure__", "__globals__", "__builtins__"};

    private FunctionDescriptors() {
    }

    public static void install(TaipanLanguage language) {
        PythonClass function = language.getBuiltinClass(BuiltinType.FUNCTION);
        for (String name : GETSETS) {
            function.writeAttribute(name, new PGetSetDescriptor(name, function));
        }
        for (String name : MEMBERS) {
            function.writeAttribute(name, new PMemberDescriptor(name, function, PNone.NONE));
        }
    }
}
