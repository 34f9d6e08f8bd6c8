package taipan.runtime.object;

import taipan.runtime.dict.DictIteratorState;

/** {@code dict.keys()}, {@code dict.values()} or {@code dict.items()}: a live view of a dict. */
public final class PDictView {

    private final PDict dict;
    private final DictIteratorState.Kind kind;

    public PDictView(PDict dict, DictIteratorState.Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PDict getDict() {
        return dict;
    }

    public DictIteratorState.Kind getKind() {
        return kind;
    }
}
