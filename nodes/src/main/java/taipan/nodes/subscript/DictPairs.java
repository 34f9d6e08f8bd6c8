package taipan.nodes.subscript;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.dict.DictStorage;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ElementOps;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** Stores a sequence of key/value pairs into a dict, as {@code dict(pairs)} and {@code dict.update(pairs)} do. */
public final class DictPairs {

    private DictPairs() {
    }

    /** Each element must be an iterable of exactly two items; CPython's ValueError/TypeError otherwise. */
    public static void addPairs(Node node, ThreadingMode mode, ElementOps ops, DictStorage target, Object[] elements,
                    SequenceItemsNode items) {
        for (int i = 0; i < elements.length; i++) {
            Object[] pair;
            try {
                pair = items.execute(elements[i], null);
            } catch (PException e) {
                if (!PythonErrors.isNotIterable(e)) {
                    throw e;
                }
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                "cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            if (pair.length != 2) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                                "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
            }
            target.put(mode, ops, pair[0], pair[1]);
        }
    }

}
