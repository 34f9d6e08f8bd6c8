package taipan.runtime.iterator;

import taipan.runtime.type.BuiltinType;

/**
 * The lazy iterators that built-in functions return ({@code enumerate}, {@code zip}, {@code map}, ...): each is
 * its own iterator, and its {@link BuiltinType} names its Python class. The nodes advance them.
 */
public abstract class PBuiltinIterator {

    public abstract BuiltinType getBuiltinType();
}
