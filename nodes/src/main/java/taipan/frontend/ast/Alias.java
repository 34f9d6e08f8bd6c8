package taipan.frontend.ast;

/** CPython's {@code alias}: one name of an import, with its {@code as} name or null. */
public record Alias(Span span, String name, String asname) implements Node {
}
