package taipan.nodes.subscript;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The right-hand side of {@code list[a:b:c] = value} as an array, with CPython's TypeErrors for a non-iterable. */
final class SliceAssignment {

    private SliceAssignment() {
    }

    static Object[] items(Node node, SequenceItemsNode items, Object value, PList list, PSlice slice) {
        if (value instanceof PList || value instanceof PTuple) {
            return items.execute(value, list);
        }
        try {
            return items.execute(value, list);
        } catch (PException e) {
            if (!PythonErrors.isNotIterable(e)) {
                throw e;
            }
            // CPython 3.13 words it so for simple slices too (list_ass_subscript goes through PySequence_Fast).
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "must assign iterable to extended slice");
        }
    }
}
