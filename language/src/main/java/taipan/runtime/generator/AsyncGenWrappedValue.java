package taipan.runtime.generator;

/**
 * What an async generator's {@code yield} suspends with (CPython's {@code _PyAsyncGenWrappedValue}): it tells the
 * value yielded to the consumer apart from values an {@code await} in the body passes to the event loop.
 */
public record AsyncGenWrappedValue(Object value) {
}
