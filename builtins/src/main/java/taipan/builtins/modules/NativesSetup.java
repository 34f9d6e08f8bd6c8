package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
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
        Object[] names = new Object[HashArgs.KINDS.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStrings.of(HashArgs.KINDS[i].name());
        }
        // a tuple where OpenSSL's is a frozenset: hashlib only takes its union with algorithms_guaranteed
        module(modules, "_hashlib").put("openssl_md_meth_names", new taipan.runtime.object.PTuple(names));
        module(modules, "_sha3").put("implementation", taipan.runtime.str.PyStrings.of("tiny_sha3"));
        for (BuiltinType type : new BuiltinType[]{BuiltinType.ZLIB_COMPRESS, BuiltinType.ZLIB_DECOMPRESS}) {
            PythonClass cls = language.getBuiltinClass(type);
            for (String name : new String[]{"unused_data", "unconsumed_tail", "eof"}) {
                readOnly(cls, name);
            }
        }
        zlibConstants(module(modules, "zlib"));
        CmathModuleBuiltins.constants(module(modules, "cmath"));
        // CPython 3.13's Unicode version; the JDK's tables underneath are Unicode 16.0 (see UnicodeProperties)
        module(modules, "unicodedata").put("unidata_version", PyStrings.of("15.1.0"));
        PythonClass array = language.getBuiltinClass(BuiltinType.ARRAY);
        readOnly(array, "typecode");
        readOnly(array, "itemsize");
        array.setAttribute("__hash__", PNone.NONE);
        module(modules, "array").put("typecodes", PyStrings.of(taipan.runtime.array.ArrayType.TYPECODES));
        module(modules, "array").put("ArrayType", array);
    }

    private static void zlibConstants(Map<String, Object> zlib) {
        Object[] constants = {"MAX_WBITS", 15L, "DEFLATED", 8L, "DEF_MEM_LEVEL", 8L, "DEF_BUF_SIZE", 16384L,
            "Z_NO_COMPRESSION", 0L, "Z_BEST_SPEED", 1L, "Z_BEST_COMPRESSION", 9L, "Z_DEFAULT_COMPRESSION", -1L,
            "Z_FILTERED", 1L, "Z_HUFFMAN_ONLY", 2L, "Z_RLE", 3L, "Z_FIXED", 4L, "Z_DEFAULT_STRATEGY", 0L,
            "Z_NO_FLUSH", 0L, "Z_PARTIAL_FLUSH", 1L, "Z_SYNC_FLUSH", 2L, "Z_FULL_FLUSH", 3L, "Z_FINISH", 4L,
            "Z_BLOCK", 5L, "Z_TREES", 6L};
        for (int i = 0; i < constants.length; i += 2) {
            zlib.put((String) constants[i], constants[i + 1]);
        }
        // the zlib the JDK bundles; CPython reports the library it was built with
        zlib.put("ZLIB_VERSION", PyStrings.of("1.3.1"));
        zlib.put("ZLIB_RUNTIME_VERSION", PyStrings.of("1.3.1"));
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
