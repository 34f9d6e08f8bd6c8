package taipan.nodes.attribute;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.type.PythonClass;

/**
 * CPython's {@code _PyType_Lookup} for a name fixed at the site: the attribute from the class's MRO, or null.
 * The result is cached per class as a constant, valid while the class is unchanged.
 */
public abstract class LookupInMroNode extends Node {

    /** How many receiver classes one attribute site caches before looking up every time. */
    static final String LIMIT = "6";

    protected final String name;

    protected LookupInMroNode(String name) {
        this.name = name;
    }

    public static LookupInMroNode create(String name) {
        return LookupInMroNodeGen.create(name);
    }

    public abstract Object execute(PythonClass cls);

    @Specialization(guards = {"cls == cachedClass", "cachedClass.isBuiltin() || isSingleContext()"}, limit = LIMIT,
                    assumptions = "cachedClass.getStableAssumption()")
    static Object doCached(@SuppressWarnings("unused") PythonClass cls,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("cachedClass.lookup(name)") Object attribute) {
        return attribute;
    }

    /** User classes belong to one context: caching them is only right while there is one. */
    final boolean isSingleContext() {
        return TaipanLanguage.get(this).isSingleContext();
    }

    @Specialization(replaces = "doCached")
    Object doGeneric(PythonClass cls) {
        return cls.lookup(name);
    }
}
