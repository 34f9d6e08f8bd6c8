package taipan.runtime.object;

import taipan.runtime.type.PythonClass;

/**
 * {@code super(type, obj)}: attribute lookups on it search {@code obj}'s MRO after {@code type} and bind what they
 * find to {@code obj} ({@code startType} is {@code obj} itself when it is a class, else its class).
 */
public final class PSuper {

    private final PythonClass thisClass;
    private final Object object;
    private final PythonClass startType;

    public PSuper(PythonClass thisClass, Object object, PythonClass startType) {
        this.thisClass = thisClass;
        this.object = object;
        this.startType = startType;
    }

    public PythonClass getThisClass() {
        return thisClass;
    }

    /** The bound object, or null for an unbound super. */
    public Object getObject() {
        return object;
    }

    public PythonClass getStartType() {
        return startType;
    }
}
