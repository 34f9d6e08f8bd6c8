package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/**
 * The lazy iterators that built-in functions return ({@code enumerate}, {@code zip}, {@code map}, ...): each is
 * its own iterator, and its {@link BuiltinType} names its Python class. The nodes advance them.
 */
public abstract class PBuiltinIterator {

    public abstract BuiltinType getBuiltinType();

    /** The iterator's repr: CPython's default {@code <module.name object at 0x...>}, unless a subclass says more. */
    public String repr() {
        BuiltinType type = getBuiltinType();
        String module = type.getModuleName();
        return "<" + (module.equals("builtins") ? "" : module + ".") + type.getPythonName() + " object at 0x"
                        + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
