package taipan.runtime.collections;

import taipan.runtime.object.PDict;
import taipan.runtime.type.PythonClass;

/**
 * {@code collections.defaultdict}: a dict whose missing keys are filled by calling {@code default_factory}
 * (CPython's {@code defdict_missing}). A {@link PDict}, so every dict operation applies to it unchanged.
 */
public final class PDefaultDict extends PDict {

    /** The factory, or null for None (then a missing key is a KeyError as for dict). */
    private volatile Object defaultFactory;
    /** The instance's class when it is a user subclass of defaultdict, else null. */
    private final PythonClass subclass;

    public PDefaultDict(Object defaultFactory, PythonClass subclass) {
        this.defaultFactory = defaultFactory;
        this.subclass = subclass;
    }

    public Object getDefaultFactory() {
        return defaultFactory;
    }

    public void setDefaultFactory(Object defaultFactory) {
        this.defaultFactory = defaultFactory;
    }

    public PythonClass getSubclass() {
        return subclass;
    }
}
