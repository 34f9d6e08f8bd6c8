package taipan.runtime.interop;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;

/**
 * Iterables and iterators through the interop iterator messages. Interop asks "is there a next element?" before
 * taking it, which a Python iterator cannot answer without advancing: the element that {@code hasIteratorNextElement}
 * fetched is kept aside (per Python iterator, not per wrapper, so two wrappers of one iterator lose nothing) until
 * {@code getIteratorNextElement} takes it.
 */
final class InteropIterators {

    /** The element fetched ahead for each Python iterator that has one. */
    private static final Map<Object, Object> AHEAD = Collections.synchronizedMap(new WeakHashMap<>());

    private InteropIterators() {
    }

    @TruffleBoundary
    static boolean isIterable(Object value) {
        return has(value, "__iter__");
    }

    @TruffleBoundary
    static boolean isIterator(Object value) {
        return has(value, "__next__");
    }

    private static boolean has(Object value, String name) {
        return PythonTypes.classOf(TaipanLanguage.get(null), value).lookup(name) != null;
    }

    @TruffleBoundary
    static Object iterator(Object value) throws UnsupportedMessageException {
        if (!isIterable(value)) {
            throw UnsupportedMessageException.create();
        }
        return InteropBoundary.toInterop(PyOps.builtin("iter", value));
    }

    @TruffleBoundary
    static boolean hasNext(Object iterator) throws UnsupportedMessageException {
        if (!isIterator(iterator)) {
            throw UnsupportedMessageException.create();
        }
        synchronized (AHEAD) {
            if (AHEAD.containsKey(iterator)) {
                return true;
            }
            try {
                AHEAD.put(iterator, PyOps.special(iterator, "__next__"));
                return true;
            } catch (PException e) {
                if (PyOps.is(e, BuiltinType.STOP_ITERATION)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @TruffleBoundary
    static Object next(Object iterator) throws UnsupportedMessageException, StopIterationException {
        if (!hasNext(iterator)) {
            throw StopIterationException.create();
        }
        return InteropBoundary.toInterop(AHEAD.remove(iterator));
    }
}
