package taipan.runtime.object;

import taipan.runtime.type.BuiltinType;

/** The Python classes of the dict views and iterators, chosen by what they yield. */
final class ContainerTypes {
    private ContainerTypes() {
    }

    static BuiltinType viewType(PDictView view) {
        return switch (view.getKind()) {
            case KEYS -> BuiltinType.DICT_KEYS;
            case VALUES -> BuiltinType.DICT_VALUES;
            case ITEMS -> BuiltinType.DICT_ITEMS;
        };
    }
}
