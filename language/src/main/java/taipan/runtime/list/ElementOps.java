package taipan.runtime.list;

/**
 * Python-level element protocol the containers call back into: {@code __eq__}, {@code __hash__} and {@code __lt__}
 * as the interpreter implements them. Any method may run guest code and throw (a Python exception); containers
 * never hold their lock while calling one.
 */
public interface ElementOps {
    /** {@code bool(a == b)}; callers have already checked identity. */
    boolean eq(Object a, Object b);

    /** {@code hash(o)} as Python computes it (containers use the value as given). */
    long hash(Object o);

    /** {@code bool(a < b)}, as {@code list.sort} uses it. */
    boolean lt(Object a, Object b);
}
