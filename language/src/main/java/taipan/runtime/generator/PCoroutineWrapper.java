package taipan.runtime.generator;

import taipan.runtime.type.BuiltinType;

/** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine (send/throw/close forward). */
public final class PCoroutineWrapper implements GeneratorFamily {

    private final PCoroutine coroutine;

    public PCoroutineWrapper(PCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    public PCoroutine getCoroutine() {
        return coroutine;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.COROUTINE_WRAPPER;
    }
}
