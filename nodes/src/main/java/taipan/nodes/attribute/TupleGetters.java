package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.collections.PTupleGetter;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** Reading a {@code namedtuple} field through its {@code _tuplegetter}: CPython's {@code tuplegetter_descr_get}. */
final class TupleGetters {

    private TupleGetters() {
    }

    @TruffleBoundary
    static Object get(Node location, PTupleGetter getter, Object instance) {
        if (!(PBuiltinSubclassObject.unwrap(instance) instanceof PTuple tuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                            getter.getIndex(), PythonErrors.typeName(location, instance));
        }
        if (getter.getIndex() >= tuple.length()) {
            throw PythonErrors.raise(location, BuiltinType.INDEX_ERROR, "tuple index out of range");
        }
        return tuple.getItems()[(int) getter.getIndex()];
    }
}
