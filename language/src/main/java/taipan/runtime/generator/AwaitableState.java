package taipan.runtime.generator;

/** The life of an async generator's {@code asend}/{@code athrow} awaitable: CPython's {@code AwaitableState}. */
public enum AwaitableState {
    INIT,
    ITER,
    CLOSED
}
