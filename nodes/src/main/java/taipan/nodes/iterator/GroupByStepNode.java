package taipan.nodes.iterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.call.CallDispatchNode;
import taipan.runtime.itertools.PGroupBy;

/** CPython's {@code groupby_step}: read the next item and its key into the groupby; false at the end. */
public abstract class GroupByStepNode extends Node {

    private static final Object[] NO_ARGS = new Object[0];

    public abstract boolean execute(PGroupBy groupBy);

    @Specialization
    static boolean doStep(PGroupBy groupBy, @Cached PyIterNextNode next, @Cached CallDispatchNode call) {
        Object value = next.execute(groupBy.getIterator());
        if (value == PyIterNextNode.EXHAUSTED) {
            return false;
        }
        Object key = groupBy.getKeyFunction() == null ? value : call.execute(groupBy.getKeyFunction(), new Object[]{value}, NO_ARGS);
        groupBy.setCurrent(key, value);
        return true;
    }
}
