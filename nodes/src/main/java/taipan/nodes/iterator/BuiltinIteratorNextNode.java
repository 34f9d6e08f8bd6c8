package taipan.nodes.iterator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PCallableIterator;
import taipan.runtime.iterator.PEnumerate;
import taipan.runtime.iterator.PFilter;
import taipan.runtime.iterator.PMap;
import taipan.runtime.iterator.PReversed;
import taipan.runtime.iterator.PZip;
import taipan.runtime.number.IntMath;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * One step of the iterators built-in functions return (CPython's {@code enum_next}, {@code zip_next},
 * {@code map_next}, {@code filter_next}, {@code reversed_next}, {@code calliter_iternext}); returns
 * {@link PyIterNextNode#EXHAUSTED} at the end, as {@link PyIterNextNode} does.
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class BuiltinIteratorNextNode extends Node {

    private static final Object[] NO_ARGS = new Object[0];

    public abstract Object execute(Object iterator);

    public static BuiltinIteratorNextNode create() {
        return BuiltinIteratorNextNodeGen.create();
    }

    @Specialization
    static Object doBigRange(taipan.runtime.iterator.PBigRangeIterator iterator) {
        Object item = iterator.next();
        return item == null ? PyIterNextNode.EXHAUSTED : item;
    }

    @Specialization
    static Object doEnumerate(PEnumerate e, @Cached PyIterNextNode next) {
        Object item = next.execute(e.getIterator());
        if (item == PyIterNextNode.EXHAUSTED) {
            return item;
        }
        Object count = e.getCount();
        if (count instanceof Long l && l != Long.MAX_VALUE) {
            e.setCount(l + 1);
        } else {
            e.setCount(IntMath.add(count, 1L));
        }
        return new PTuple(new Object[]{count, item});
    }

    @Specialization
    Object doZip(PZip zip, @Cached PyIterNextNode next) {
        Object[] iterators = zip.getIterators();
        if (zip.isExhausted() || iterators.length == 0) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = next.execute(iterators[i]);
            if (item == PyIterNextNode.EXHAUSTED) {
                zip.setExhausted();
                if (zip.isStrict()) {
                    checkStrict(zip, i, next);
                }
                return PyIterNextNode.EXHAUSTED;
            }
            items[i] = item;
        }
        return new PTuple(items);
    }

    /** {@code strict=True}: the first iterator to end must be the first, and then every other must end too. */
    private void checkStrict(PZip zip, int ended, PyIterNextNode next) {
        if (ended > 0) {
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "zip() argument %d is shorter than argument%s",
                            ended + 1, ended == 1 ? " 1" : "s 1-" + ended);
        }
        Object[] iterators = zip.getIterators();
        for (int i = 1; i < iterators.length; i++) {
            if (next.execute(iterators[i]) != PyIterNextNode.EXHAUSTED) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "zip() argument %d is longer than argument%s",
                                i + 1, i == 1 ? " 1" : "s 1-" + i);
            }
        }
    }

    @Specialization
    static Object doMap(PMap map, @Cached PyIterNextNode next, @Cached CallDispatchNode call) {
        Object[] iterators = map.getIterators();
        Object[] args = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = next.execute(iterators[i]);
            if (item == PyIterNextNode.EXHAUSTED) {
                return item;
            }
            args[i] = item;
        }
        return call.execute(map.getFunction(), args, NO_ARGS);
    }

    @Specialization
    static Object doFilter(PFilter filter, @Cached PyIterNextNode next, @Cached CallDispatchNode call,
                    @Cached PyObjectIsTrueNode isTrue) {
        while (true) {
            Object item = next.execute(filter.getIterator());
            if (item == PyIterNextNode.EXHAUSTED) {
                return item;
            }
            Object test = filter.isIdentity() ? item : call.execute(filter.getFunction(), new Object[]{item}, NO_ARGS);
            if (isTrue.execute(test)) {
                return item;
            }
        }
    }

    @Specialization
    Object doReversed(PReversed reversed, @Cached TruffleString.SubstringNode substring,
                    @Cached TruffleString.CodePointLengthNode length) {
        long index = reversed.nextIndex();
        Object sequence = reversed.getSequence();
        if (index >= 0) {
            if (sequence instanceof PList list) {
                var storage = list.getStorage();
                var mode = TaipanLanguage.get(this).threadingMode();
                if (index < storage.length(mode)) {
                    return storage.get(mode, index);
                }
            } else if (sequence instanceof PTuple tuple) {
                return tuple.getItems()[(int) index];
            } else if (sequence instanceof TruffleString s && index < length.execute(s, PyStrings.ENCODING)) {
                return substring.execute(s, (int) index, 1, PyStrings.ENCODING, true);
            } else if (!(sequence instanceof PList || sequence instanceof PTuple || sequence instanceof TruffleString)) {
                Object item = userItem(sequence, index);
                if (item != null) {
                    return item;
                }
            }
        }
        reversed.finish();
        return PyIterNextNode.EXHAUSTED;
    }

    /** {@code sequence[index]} of a user sequence; null where it raises IndexError or StopIteration (the end). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object userItem(Object sequence, long index) {
        try {
            return taipan.nodes.object.SpecialMethods.callUncached(this, sequence, "__getitem__", new Object[]{index});
        } catch (taipan.runtime.exception.PException e) {
            if (taipan.nodes.object.ObjectProtocols.is(this, e, BuiltinType.INDEX_ERROR)
                            || taipan.nodes.object.ObjectProtocols.is(this, e, BuiltinType.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    @Specialization
    static Object doCallable(PCallableIterator it, @Cached CallDispatchNode call,
                    @Cached("create(EQ)") PyObjectRichCompareNode equal, @Cached PyObjectIsTrueNode isTrue) {
        if (it.isExhausted()) {
            return PyIterNextNode.EXHAUSTED;
        }
        Object value;
        try {
            value = call.execute(it.getCallable(), NO_ARGS, NO_ARGS);
        } catch (taipan.runtime.exception.PException e) {
            // calliter_iternext: a StopIteration from the callable ends the iteration too
            if (!taipan.nodes.object.ObjectProtocols.is(call, e, BuiltinType.STOP_ITERATION)) {
                throw e;
            }
            it.setExhausted();
            return PyIterNextNode.EXHAUSTED;
        }
        if (isTrue.execute(equal.execute(value, it.getSentinel()))) {
            it.setExhausted();
            return PyIterNextNode.EXHAUSTED;
        }
        return value;
    }

    @Specialization
    static Object doItertools(taipan.runtime.itertools.PItertoolsIterator it, @Cached ItertoolsNextNode next) {
        return next.execute(it);
    }

    @Specialization
    Object doDequeIterator(taipan.runtime.collections.PDequeIterator it) {
        try {
            Object item = it.next(TaipanLanguage.get(this).threadingMode());
            return item == null ? PyIterNextNode.EXHAUSTED : item;
        } catch (taipan.runtime.list.ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    static final ComparisonOp EQ = ComparisonOp.EQ;
}
