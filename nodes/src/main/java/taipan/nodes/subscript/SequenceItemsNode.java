package taipan.nodes.subscript;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;

/** The items of an iterable as a fresh array ({@code PySequence_Fast}), as slice assignment and extend take them. */
public abstract class SequenceItemsNode extends Node {

    /** {@code target}: the container being changed (unused so far; for CPython's messages naming it). */
    public abstract Object[] execute(Object iterable, Object target);

    public static SequenceItemsNode create() {
        return SequenceItemsNodeGen.create();
    }

    @Specialization
    Object[] doList(PList list, @SuppressWarnings("unused") Object target) {
        return list.getStorage().toArray(TaipanLanguage.get(this).threadingMode());
    }

    @Specialization
    static Object[] doTuple(PTuple tuple, @SuppressWarnings("unused") Object target) {
        return tuple.getItems();
    }

    @Fallback
    Object[] doIterable(Object iterable, @SuppressWarnings("unused") Object target,
                    @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
        return drain(getIter.execute(iterable), next);
    }

    @TruffleBoundary
    private static Object[] drain(Object iterator, PyIterNextNode next) {
        ArrayList<Object> items = new ArrayList<>();
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            items.add(item);
        }
        return items.toArray();
    }
}
