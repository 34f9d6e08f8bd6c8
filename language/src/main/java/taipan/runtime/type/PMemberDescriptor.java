package taipan.runtime.type;

/** A {@code __slots__} entry on its class ({@code member_descriptor}): the value lives in the instance under its name. */
public final class PMemberDescriptor {

    private final String name;
    private final PythonClass owner;
    private final Object doc;

    public PMemberDescriptor(String name, PythonClass owner, Object doc) {
        this.name = name;
        this.owner = owner;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public Object getDoc() {
        return doc;
    }
}
