package taipan.nodes.iterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.expression.PyNumberAddNode;
import taipan.nodes.expression.PyNumberAddNodeGen;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.itertools.PAccumulate;
import taipan.runtime.itertools.PBatched;
import taipan.runtime.itertools.PChain;
import taipan.runtime.itertools.PCombinatoric;
import taipan.runtime.itertools.PCompress;
import taipan.runtime.itertools.PCount;
import taipan.runtime.itertools.PCycle;
import taipan.runtime.itertools.PIslice;
import taipan.runtime.itertools.PItertoolsIterator;
import taipan.runtime.itertools.PPairwise;
import taipan.runtime.itertools.PRepeat;
import taipan.runtime.itertools.PTee;
import taipan.runtime.itertools.PZipLongest;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * One step of an {@code itertools} iterator (CPython's {@code Modules/itertoolsmodule.c}, {@code *_next});
 * returns {@link PyIterNextNode#EXHAUSTED} at the end. The iterators that call a predicate or key function are
 * advanced by {@link ItertoolsCallingNextNode}.
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class ItertoolsNextNode extends Node {

    private static final Object[] NO_ARGS = new Object[0];

    public abstract Object execute(PItertoolsIterator iterator);

    @Specialization(guards = {"isLong(count.getCurrent())", "isLong(count.getStep())"}, rewriteOn = ArithmeticException.class)
    static Object doCountLong(PCount count) {
        // a count shared by threads hands each value out once: the advance is a compare-and-set
        while (true) {
            Object seen = count.getCurrent();
            if (!(seen instanceof Long current)) {
                throw new ArithmeticException();
            }
            if (count.advance(seen, Math.addExact(current, (Long) count.getStep()))) {
                return current;
            }
        }
    }

    @Specialization(replaces = "doCountLong")
    static Object doCount(PCount count, @Cached("createAdd()") PyNumberAddNode add) {
        while (true) {
            Object current = count.getCurrent();
            if (count.advance(current, add.execute(current, count.getStep()))) {
                return current;
            }
        }
    }

    static PyNumberAddNode createAdd() {
        return PyNumberAddNodeGen.create();
    }

    static boolean isLong(Object value) {
        return value instanceof Long;
    }

    @Specialization
    static Object doCycle(PCycle cycle, @Cached PyIterNextNode next) {
        if (!cycle.isSourceDone()) {
            Object item = next.execute(cycle.getIterator());
            if (item != PyIterNextNode.EXHAUSTED) {
                cycle.getSaved().add(item);
                return item;
            }
            cycle.setSourceDone(true);
        }
        java.util.ArrayList<Object> saved = cycle.getSaved();
        if (saved.isEmpty()) {
            return PyIterNextNode.EXHAUSTED;
        }
        int index = cycle.getIndex();
        cycle.setIndex(index + 1 == saved.size() ? 0 : index + 1);
        return saved.get(index);
    }

    @Specialization
    static Object doRepeat(PRepeat repeat) {
        Object item = repeat.next();
        return item == null ? PyIterNextNode.EXHAUSTED : item;
    }

    @Specialization
    static Object doAccumulate(PAccumulate acc, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached("createAdd()") PyNumberAddNode add) {
        if (acc.getInitial() != null) {
            Object initial = acc.getInitial();
            acc.setInitial(null);
            acc.setTotal(initial);
            return initial;
        }
        Object value = next.execute(acc.getIterator());
        if (value == PyIterNextNode.EXHAUSTED) {
            return value;
        }
        Object total = acc.getTotal();
        if (total != null) {
            Object function = acc.getFunction();
            value = function == null ? add.execute(total, value) : call.execute(function, new Object[]{total, value}, NO_ARGS);
        }
        acc.setTotal(value);
        return value;
    }

    @Specialization
    Object doBatched(PBatched batched, @Cached PyIterNextNode next) {
        Object iterator = batched.getIterator();
        if (iterator == null) {
            return PyIterNextNode.EXHAUSTED;
        }
        int n = (int) Math.min(batched.getSize(), 1 << 16);
        java.util.ArrayList<Object> items = new java.util.ArrayList<>(n);
        while (items.size() < batched.getSize()) {
            Object item = next.execute(iterator);
            if (item == PyIterNextNode.EXHAUSTED) {
                batched.setIterator(null);
                if (items.isEmpty()) {
                    return item;
                } else if (batched.isStrict()) {
                    throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "batched(): incomplete batch");
                }
                break;
            }
            items.add(item);
        }
        return new PTuple(items.toArray());
    }

    @Specialization
    static Object doChain(PChain chain, @Cached PyIterNextNode next, @Cached PyObjectGetIterNode getIter) {
        while (chain.getSources() != null) {
            if (chain.getActive() == null) {
                Object iterable = next.execute(chain.getSources());
                if (iterable == PyIterNextNode.EXHAUSTED) {
                    chain.setSources(null);
                    break;
                }
                chain.setActive(getIter.execute(iterable));
            }
            Object item = next.execute(chain.getActive());
            if (item != PyIterNextNode.EXHAUSTED) {
                return item;
            }
            chain.setActive(null);
        }
        return PyIterNextNode.EXHAUSTED;
    }

    @Specialization
    static Object doCompress(PCompress compress, @Cached PyIterNextNode next, @Cached PyObjectIsTrueNode isTrue) {
        while (true) {
            Object datum = next.execute(compress.getData());
            if (datum == PyIterNextNode.EXHAUSTED) {
                return datum;
            }
            Object selector = next.execute(compress.getSelectors());
            if (selector == PyIterNextNode.EXHAUSTED) {
                return selector;
            }
            if (isTrue.execute(selector)) {
                return datum;
            }
        }
    }

    /** CPython's {@code islice_next}: skip to the next wanted position, then take one item. */
    @Specialization
    static Object doIslice(PIslice slice, @Cached PyIterNextNode next) {
        Object iterator = slice.getIterator();
        if (iterator == null) {
            return PyIterNextNode.EXHAUSTED;
        }
        long stop = slice.getStop();
        while (slice.getPosition() < slice.getNext()) {
            if (next.execute(iterator) == PyIterNextNode.EXHAUSTED) {
                slice.setIterator(null);
                return PyIterNextNode.EXHAUSTED;
            }
            slice.setPosition(slice.getPosition() + 1);
        }
        Object item = stop != -1 && slice.getPosition() >= stop ? PyIterNextNode.EXHAUSTED : next.execute(iterator);
        if (item == PyIterNextNode.EXHAUSTED) {
            slice.setIterator(null);
            return item;
        }
        slice.setPosition(slice.getPosition() + 1);
        long oldNext = slice.getNext();
        long newNext = oldNext + slice.getStep();
        slice.setNext(newNext < oldNext || (stop != -1 && newNext > stop) ? stop : newNext);
        return item;
    }

    @Specialization
    static Object doPairwise(PPairwise pairwise, @Cached PyIterNextNode next) {
        Object iterator = pairwise.getIterator();
        if (iterator == null) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object old = pairwise.getPrevious();
        if (old == null) {
            old = next.execute(iterator);
            if (old == PyIterNextNode.EXHAUSTED) {
                pairwise.setIterator(null);
                return old;
            }
        }
        Object item = next.execute(iterator);
        if (item == PyIterNextNode.EXHAUSTED) {
            pairwise.setIterator(null);
            pairwise.setPrevious(null);
            return item;
        }
        pairwise.setPrevious(item);
        return new PTuple(new Object[]{old, item});
    }

    @Specialization
    static Object doZipLongest(PZipLongest zip, @Cached PyIterNextNode next) {
        Object[] iterators = zip.getIterators();
        if (iterators.length == 0 || zip.getActive() == 0) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = iterators[i] == null ? PyIterNextNode.EXHAUSTED : next.execute(iterators[i]);
            if (item == PyIterNextNode.EXHAUSTED) {
                if (iterators[i] != null) {
                    iterators[i] = null;
                    zip.setActive(zip.getActive() - 1);
                    if (zip.getActive() == 0) {
                        return item;
                    }
                }
                item = zip.getFillValue();
            }
            items[i] = item;
        }
        return new PTuple(items);
    }

    @Specialization
    static Object doTee(PTee tee, @Cached PyIterNextNode next) {
        PTee.Link link = tee.getPosition().getNext();
        if (link == null) {
            Object item = next.execute(tee.getSource().getIterator());
            if (item == PyIterNextNode.EXHAUSTED) {
                return item;
            }
            link = tee.getPosition().append(item);
        }
        tee.setPosition(link);
        return link.getValue();
    }

    @Specialization
    static Object doCombinatoric(PCombinatoric combinatoric) {
        PTuple result = combinatoric.nextTuple();
        return result == null ? PyIterNextNode.EXHAUSTED : result;
    }

    @Specialization(guards = "isCalling(iterator)")
    static Object doCalling(PItertoolsIterator iterator, @Cached ItertoolsCallingNextNode next) {
        return next.execute(iterator);
    }

    static boolean isCalling(PItertoolsIterator iterator) {
        return ItertoolsCallingNextNode.handles(iterator);
    }
}
