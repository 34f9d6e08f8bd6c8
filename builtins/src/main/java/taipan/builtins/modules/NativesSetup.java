package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * What the natives of issue 6 (hashes, zlib, binascii, array) hold beyond plain methods: their getset descriptors
 * and their module constants.
 */
public final class NativesSetup {

    private NativesSetup() {
    }

    public static void install(TaipanLanguage language, Map<String, Map<String, Object>> modules) {
        for (HashArgs.Kind kind : HashArgs.KINDS) {
            hashProperties(language.getBuiltinClass(kind.type()));
        }
        for (BuiltinType type : new BuiltinType[]{BuiltinType.HASH_BLAKE2B, BuiltinType.HASH_BLAKE2S}) {
            PythonClass cls = language.getBuiltinClass(type);
            hashProperties(cls);
            long size = type == BuiltinType.HASH_BLAKE2B ? 64 : 32;
            cls.setAttribute("SALT_SIZE", size / 4);
            cls.setAttribute("PERSON_SIZE", size / 4);
            cls.setAttribute("MAX_KEY_SIZE", size);
            cls.setAttribute("MAX_DIGEST_SIZE", size);
        }
        Map<String, Object> blake2 = module(modules, "_blake2");
        blake2.put("BLAKE2B_SALT_SIZE", 16L);
        blake2.put("BLAKE2B_PERSON_SIZE", 16L);
        blake2.put("BLAKE2B_MAX_KEY_SIZE", 64L);
        blake2.put("BLAKE2B_MAX_DIGEST_SIZE", 64L);
        blake2.put("BLAKE2S_SALT_SIZE", 8L);
        blake2.put("BLAKE2S_PERSON_SIZE", 8L);
        blake2.put("BLAKE2S_MAX_KEY_SIZE", 32L);
        blake2.put("BLAKE2S_MAX_DIGEST_SIZE", 32L);
        module(modules, "_sha3").put("implementation", taipan.runtime.str.PyStrings.of("tiny_sha3"));
    }

    static Map<String, Object> module(Map<String, Map<String, Object>> modules, String name) {
        return modules.computeIfAbsent(name, k -> new LinkedHashMap<>());
    }

    private static void hashProperties(PythonClass cls) {
        for (String name : new String[]{"name", "digest_size", "block_size"}) {
            readOnly(cls, name);
        }
    }

    /** Turns the method {@code name} of {@code cls} into a read-only property. */
    static void readOnly(PythonClass cls, String name) {
        cls.writeAttribute(name, new PProperty(cls.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
    }
}
