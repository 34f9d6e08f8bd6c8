package taipan.frontend.pyast;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The classes of one language's {@code _ast} module, by name, and the one instance of each operator and context
 * class that {@code ast.parse} shares (as CPython does). Registered when the {@code _ast} module's contents
 * are first needed, found by the converters.
 */
public final class AstClasses {

    private static final Map<TaipanLanguage, AstClasses> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, PythonClass> classes;
    private final Map<String, PythonObject> singletons = new ConcurrentHashMap<>();

    private AstClasses(Map<String, PythonClass> classes) {
        this.classes = classes;
        for (AstSchema.NodeType type : AstSchema.types().values()) {
            if (AstSchema.isSimpleSum(type.base())) {
                PythonClass cls = classes.get(type.name());
                singletons.put(type.name(), new PythonObject(cls.getInstanceShape()));
            }
        }
    }

    public static void register(TaipanLanguage language, Map<String, PythonClass> classes) {
        BY_LANGUAGE.put(language, new AstClasses(classes));
    }

    @TruffleBoundary
    public static AstClasses of(Node location) {
        TaipanLanguage language = TaipanLanguage.get(location);
        AstClasses result = BY_LANGUAGE.get(language);
        if (result == null) {
            language.completeNativeModule("_ast"); // its classes are made on first use
            result = BY_LANGUAGE.get(language);
        }
        if (result == null) {
            throw PythonErrors.raise(location, BuiltinType.SYSTEM_ERROR, "the _ast module is not loaded");
        }
        return result;
    }

    public PythonClass get(String name) {
        return classes.get(name);
    }

    /** The shared instance of an operator or context class ({@code Load}, {@code Add}). */
    public PythonObject singleton(String name) {
        return singletons.get(name);
    }

    /** The schema type of {@code cls}: the nearest {@code _ast} class on its MRO (a Python subclass has its base's). */
    public AstSchema.NodeType schemaOf(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (classes.get(c.getName()) == c) {
                return AstSchema.get(c.getName());
            }
        }
        return null;
    }

    /** Whether {@code cls} is {@code _ast.<name>} or a subclass of it. */
    public boolean isSubclass(PythonClass cls, String name) {
        PythonClass target = classes.get(name);
        return target != null && cls.isSubclassOf(target);
    }
}
