package taipan.builtins.modules;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** Turns the attribute nodes of {@code re.Pattern}, {@code re.Match} and the scanner into read-only properties. */
public final class SreModuleSetup {

    private SreModuleSetup() {
    }

    public static void install(TaipanLanguage language) {
        properties(language.getBuiltinClass(BuiltinType.SRE_PATTERN), "pattern", "flags", "groups", "groupindex");
        properties(language.getBuiltinClass(BuiltinType.SRE_MATCH), "pos", "endpos", "lastindex", "lastgroup", "re",
                        "string", "regs");
        properties(language.getBuiltinClass(BuiltinType.SRE_SCANNER), "pattern");
    }

    private static void properties(PythonClass cls, String... names) {
        for (String name : names) {
            cls.writeAttribute(name, new PProperty(cls.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
    }
}
