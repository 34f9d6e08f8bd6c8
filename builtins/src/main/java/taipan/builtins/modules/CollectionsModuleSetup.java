package taipan.builtins.modules;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The parts of native modules' classes that are not plain methods ({@code _collections}, {@code _struct}): getset
 * descriptors and {@code __hash__}.
 */
public final class CollectionsModuleSetup {

    private CollectionsModuleSetup() {
    }

    public static void install(TaipanLanguage language) {
        PythonClass deque = language.getBuiltinClass(BuiltinType.DEQUE);
        deque.writeAttribute("maxlen", new PProperty(deque.getOwnAttribute("maxlen"), PNone.NONE, PNone.NONE, PNone.NONE));
        deque.setAttribute("__hash__", PNone.NONE);
        PythonClass defaultDict = language.getBuiltinClass(BuiltinType.DEFAULTDICT);
        Object factory = defaultDict.getOwnAttribute("default_factory");
        defaultDict.writeAttribute("default_factory", new PProperty(factory, factory, PNone.NONE, PNone.NONE));
        PythonClass struct = language.getBuiltinClass(BuiltinType.STRUCT);
        for (String name : new String[]{"size", "format"}) {
            struct.writeAttribute(name, new PProperty(struct.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
    }
}
