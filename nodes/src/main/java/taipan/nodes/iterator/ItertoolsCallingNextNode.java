package taipan.nodes.iterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.itertools.PDropWhile;
import taipan.runtime.itertools.PFilterFalse;
import taipan.runtime.itertools.PGroupBy;
import taipan.runtime.itertools.PGrouper;
import taipan.runtime.itertools.PItertoolsIterator;
import taipan.runtime.itertools.PStarmap;
import taipan.runtime.itertools.PTakeWhile;
import taipan.runtime.object.PTuple;

/**
 * One step of the {@code itertools} iterators that call back into Python per item: {@code dropwhile},
 * {@code takewhile}, {@code filterfalse}, {@code starmap}, {@code groupby} and its groups.
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class ItertoolsCallingNextNode extends Node {

    private static final Object[] NO_ARGS = new Object[0];
    static final ComparisonOp EQ = ComparisonOp.EQ;

    public abstract Object execute(PItertoolsIterator iterator);

    static boolean handles(PItertoolsIterator iterator) {
        return iterator instanceof PDropWhile || iterator instanceof PTakeWhile || iterator instanceof PFilterFalse
                        || iterator instanceof PStarmap || iterator instanceof PGroupBy || iterator instanceof PGrouper;
    }

    @Specialization
    static Object doDropWhile(PDropWhile drop, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached PyObjectIsTrueNode isTrue) {
        while (true) {
            Object item = next.execute(drop.getIterator());
            if (item == PyIterNextNode.EXHAUSTED || drop.isStarted()) {
                return item;
            }
            if (!isTrue.execute(call.execute(drop.getPredicate(), new Object[]{item}, NO_ARGS))) {
                drop.setStarted(true);
                return item;
            }
        }
    }

    @Specialization
    static Object doTakeWhile(PTakeWhile take, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached PyObjectIsTrueNode isTrue) {
        if (take.isStopped()) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object item = next.execute(take.getIterator());
        if (item == PyIterNextNode.EXHAUSTED || isTrue.execute(call.execute(take.getPredicate(), new Object[]{item}, NO_ARGS))) {
            return item;
        }
        take.setStopped(true);
        return PyIterNextNode.EXHAUSTED;
    }

    @Specialization
    static Object doFilterFalse(PFilterFalse filter, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached PyObjectIsTrueNode isTrue) {
        while (true) {
            Object item = next.execute(filter.getIterator());
            if (item == PyIterNextNode.EXHAUSTED) {
                return item;
            }
            Object test = filter.getPredicate() == null ? item : call.execute(filter.getPredicate(), new Object[]{item}, NO_ARGS);
            if (!isTrue.execute(test)) {
                return item;
            }
        }
    }

    @Specialization
    static Object doStarmap(PStarmap starmap, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode nextArg) {
        Object item = next.execute(starmap.getIterator());
        if (item == PyIterNextNode.EXHAUSTED) {
            return item;
        }
        Object[] args;
        if (item instanceof PTuple tuple) {
            args = tuple.getItems();
        } else {
            java.util.ArrayList<Object> list = new java.util.ArrayList<>();
            Object iterator = getIter.execute(item);
            for (Object arg = nextArg.execute(iterator); arg != PyIterNextNode.EXHAUSTED; arg = nextArg.execute(iterator)) {
                list.add(arg);
            }
            args = list.toArray();
        }
        return call.execute(starmap.getFunction(), args, NO_ARGS);
    }

    /** CPython's {@code groupby_next}: skip the rest of the current group, then start the next one. */
    @Specialization
    static Object doGroupBy(PGroupBy groupBy, @Cached GroupByStepNode step,
                    @Cached("create(EQ)") PyObjectRichCompareNode equal, @Cached PyObjectIsTrueNode isTrue) {
        groupBy.setCurrentGrouper(null);
        while (true) {
            if (groupBy.getCurrentKey() != null) {
                if (groupBy.getTargetKey() == null
                                || !isTrue.execute(equal.execute(groupBy.getTargetKey(), groupBy.getCurrentKey()))) {
                    break;
                }
            }
            if (!step.execute(groupBy)) {
                return PyIterNextNode.EXHAUSTED;
            }
        }
        groupBy.setTargetKey(groupBy.getCurrentKey());
        PGrouper grouper = new PGrouper(groupBy, groupBy.getTargetKey());
        groupBy.setCurrentGrouper(grouper);
        return new PTuple(new Object[]{groupBy.getCurrentKey(), grouper});
    }

    /** CPython's {@code _grouper_next}: the parent's next item while it has this group's key. */
    @Specialization
    static Object doGrouper(PGrouper grouper, @Cached GroupByStepNode step,
                    @Cached("create(EQ)") PyObjectRichCompareNode equal, @Cached PyObjectIsTrueNode isTrue) {
        PGroupBy parent = grouper.getParent();
        if (parent.getCurrentGrouper() != grouper) {
            return PyIterNextNode.EXHAUSTED;
        }
        if (parent.getCurrentValue() == null && !step.execute(parent)) {
            return PyIterNextNode.EXHAUSTED;
        }
        if (!isTrue.execute(equal.execute(grouper.getKey(), parent.getCurrentKey()))) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object value = parent.getCurrentValue();
        parent.setCurrent(parent.getCurrentKey(), null);
        return value;
    }
}
