package taipan.nodes.iterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.object.PTuple;

/** CPython's {@code PySequence_Tuple}, giving the items of any iterable as a fresh array. */
public abstract class PySequenceTupleNode extends Node {

    public abstract Object[] execute(Object iterable);

    public static PySequenceTupleNode create() {
        return PySequenceTupleNodeGen.create();
    }

    @Specialization
    static Object[] doTuple(PTuple tuple) {
        return tuple.getItems().clone();
    }

    @Specialization(replaces = "doTuple")
    static Object[] doIterable(Object iterable, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
        Object iterator = getIter.execute(iterable);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            items.add(item);
        }
        return items.toArray();
    }
}
