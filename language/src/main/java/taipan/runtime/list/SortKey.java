package taipan.runtime.list;

/** The {@code key=} function of {@code list.sort}: the interpreter calls the Python callable (which may throw). */
@FunctionalInterface
public interface SortKey {
    Object apply(Object item);
}
