package taipan.runtime.type;

/** A computed attribute of a built-in class ({@code getset_descriptor}), such as {@code function.__code__}. */
public final class PGetSetDescriptor {

    private final String name;
    private final PythonClass owner;

    public PGetSetDescriptor(String name, PythonClass owner) {
        this.name = name;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }
}
