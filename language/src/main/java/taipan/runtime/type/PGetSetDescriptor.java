package taipan.runtime.type;

/**
 * A data attribute a built-in type computes ({@code getset_descriptor}, as {@code FunctionType.__code__}): what
 * the class gives for the name; the instances' values come from their own attribute code.
 */
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

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
