package taipan.runtime.function;

import taipan.runtime.object.PNone;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor; a missing accessor is {@code None}. */
public final class PProperty {

    private final Object getter;
    private final Object setter;
    private final Object deleter;
    /** Writable, as CPython's: {@code namedtuple} documents its field properties after making them. */
    private volatile Object doc;
    /** The class attribute it was assigned to ({@code __set_name__}), for CPython 3.13's error messages. */
    private volatile String name;

    public PProperty(Object getter, Object setter, Object deleter, Object doc) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Object getGetter() {
        return getter;
    }

    public Object getSetter() {
        return setter;
    }

    public Object getDeleter() {
        return deleter;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public boolean hasGetter() {
        return getter != PNone.NONE;
    }

    public boolean hasSetter() {
        return setter != PNone.NONE;
    }

    public boolean hasDeleter() {
        return deleter != PNone.NONE;
    }
}
