package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PItemIterator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/** Iteration over user instances: {@code __iter__}/{@code __next__}, and the old {@code __getitem__} protocol. */
public final class UserIteration {

    private UserIteration() {
    }

    /** {@code iter(obj)} without {@code __iter__}: an item iterator if the class has {@code __getitem__}. */
    @TruffleBoundary
    public static Object itemIterator(Node location, PythonObject iterable) {
        if (iterable.getPythonClass().lookup(ObjectProtocols.GETITEM) != null) {
            return new PItemIterator(iterable);
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not iterable",
                        iterable.getPythonClass().getName());
    }

    /** {@code __iter__ = None} makes a class not iterable (CPython's slot is then absent); other errors pass. */
    @TruffleBoundary
    public static PException notIterable(Node location, PythonObject iterable, PException e) {
        if (iterable.getPythonClass().lookup(ObjectProtocols.ITER) == PNone.NONE) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not iterable",
                            iterable.getPythonClass().getName());
        }
        return e;
    }

    /** Whether {@code x in obj} may iterate {@code obj}: its class has {@code __iter__} or {@code __getitem__}. */
    @TruffleBoundary
    public static boolean isIterable(PythonObject obj) {
        Object iter = obj.getPythonClass().lookup(ObjectProtocols.ITER);
        return iter != null ? iter != PNone.NONE : obj.getPythonClass().lookup(ObjectProtocols.GETITEM) != null;
    }

    /** {@code __iter__} must return an iterator: a user object needs {@code __next__}. */
    @TruffleBoundary
    public static Object checkIterator(Node location, Object iterator) {
        if (iterator == PNone.NONE || isPlainValue(iterator) || iterator instanceof PythonObject o &&
                        o.getPythonClass().lookup(ObjectProtocols.NEXT) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "iter() returned non-iterator of type '%s'",
                            PythonErrors.typeName(location, iterator));
        }
        return iterator;
    }

    /** Built-in values that are iterable but never iterators (an {@code __iter__} returning 42 or a list). */
    private static boolean isPlainValue(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger
                        || o instanceof com.oracle.truffle.api.strings.TruffleString
                        || o instanceof taipan.runtime.object.PTuple || o instanceof taipan.runtime.object.PList
                        || o instanceof taipan.runtime.object.PDict || o instanceof taipan.runtime.object.PBaseSet;
    }

    /** {@code __next__}, with {@code StopIteration} turned into {@link PyIterNextNode#EXHAUSTED}. */
    public static Object next(Node location, CallSpecialMethodNode callNext, Object iterator) {
        Object result;
        try {
            result = callNext.execute(iterator, new Object[0]);
        } catch (PException e) {
            if (ObjectProtocols.isStopIteration(location, e)) {
                return PyIterNextNode.EXHAUSTED;
            }
            throw e;
        }
        if (result == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not an iterator",
                            PythonErrors.typeName(location, iterator));
        }
        return result;
    }

    /** The next item of the {@code __getitem__} protocol; {@code IndexError} or {@code StopIteration} end it. */
    public static Object nextItem(Node location, CallSpecialMethodNode callGetItem, PItemIterator iterator) {
        Object sequence = iterator.getSequence();
        if (sequence == null) {
            return PyIterNextNode.EXHAUSTED;
        }
        try {
            return callGetItem.execute(sequence, new Object[]{iterator.nextIndex()});
        } catch (PException e) {
            if (ObjectProtocols.isStopIteration(location, e) || ObjectProtocols.is(location, e, BuiltinType.INDEX_ERROR)) {
                iterator.markExhausted();
                return PyIterNextNode.EXHAUSTED;
            }
            throw e;
        }
    }

    /** {@code item in obj} by iteration: identity or {@code ==} with some item. */
    public static boolean iterContains(Object iterator, Object item, PyIterNextNode next, PyObjectRichCompareNode eq,
                    PyObjectIsTrueNode isTrue) {
        while (true) {
            Object value = next.execute(iterator);
            if (value == PyIterNextNode.EXHAUSTED) {
                return false;
            }
            if (value == item || isTrue.execute(eq.execute(value, item))) {
                return true;
            }
        }
    }
}
