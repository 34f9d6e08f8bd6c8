package taipan.builtins.modules;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The parts of {@code _collections}' classes that are not plain methods: getset descriptors and {@code __hash__}. */
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
    }
}
