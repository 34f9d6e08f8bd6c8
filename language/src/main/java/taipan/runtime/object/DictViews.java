package taipan.runtime.object;

import taipan.runtime.iterator.PDictIterator;
import taipan.runtime.type.BuiltinType;

/** Operations of the dict views that do not depend on the view's kind. */
public final class DictViews {
    private DictViews() {
    }

    /** {@code iter(view)}. */
    public static PDictIterator iterator(PDictView view) {
        BuiltinType type = switch (view.getKind()) {
            case KEYS -> BuiltinType.DICT_KEY_ITERATOR;
            case VALUES -> BuiltinType.DICT_VALUE_ITERATOR;
            case ITEMS -> BuiltinType.DICT_ITEM_ITERATOR;
        };
        return new PDictIterator(view.getDict().getStorage().iterator(view.getKind()), type);
    }
}
