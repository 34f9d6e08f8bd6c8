package taipan.runtime.itertools;

import taipan.runtime.iterator.PBuiltinIterator;

/** The iterators of the {@code itertools} module, which {@code ItertoolsNextNode} advances. */
public abstract class PItertoolsIterator extends PBuiltinIterator {
}
