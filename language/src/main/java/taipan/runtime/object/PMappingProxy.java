package taipan.runtime.object;

/** {@code types.MappingProxyType}: a read-only, live view of a dict (a dict view's {@code mapping}). */
public final class PMappingProxy {

    private final PDict mapping;

    public PMappingProxy(PDict mapping) {
        this.mapping = mapping;
    }

    public PDict getMapping() {
        return mapping;
    }
}
