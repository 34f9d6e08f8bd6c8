package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import taipan.runtime.exception.PException;
import taipan.runtime.object.PDict;
import taipan.runtime.type.BuiltinType;

/**
 * Dicts as interop hashes: keys from another language are converted to Python values first (a Java String key finds
 * a str key), and entries iterate as {@code (key, value)} tuples, which are arrays of two.
 */
final class InteropHashes {

    private InteropHashes() {
    }

    static boolean isDict(Object value) {
        return value instanceof PDict;
    }

    @TruffleBoundary
    static long size(Object value) throws UnsupportedMessageException {
        check(value);
        return PyOps.len(value);
    }

    @TruffleBoundary
    static boolean contains(Object value, Object key) {
        if (!isDict(value)) {
            return false;
        }
        try {
            return PyOps.truth(PyOps.special(value, "__contains__", InteropBoundary.toPython(key)));
        } catch (PException e) {
            return false; // an unhashable key is in no dict
        }
    }

    @TruffleBoundary
    static Object read(Object value, Object key) throws UnsupportedMessageException, UnknownKeyException {
        check(value);
        try {
            return InteropBoundary.toInterop(PyOps.special(value, "__getitem__", InteropBoundary.toPython(key)));
        } catch (PException e) {
            throw keyError(e, key);
        }
    }

    @TruffleBoundary
    static void write(Object value, Object key, Object newValue) throws UnsupportedMessageException {
        check(value);
        PyOps.special(value, "__setitem__", InteropBoundary.toPython(key), InteropBoundary.toPython(newValue));
    }

    @TruffleBoundary
    static void remove(Object value, Object key) throws UnsupportedMessageException, UnknownKeyException {
        check(value);
        try {
            PyOps.special(value, "__delitem__", InteropBoundary.toPython(key));
        } catch (PException e) {
            throw keyError(e, key);
        }
    }

    @TruffleBoundary
    static Object entries(Object value) throws UnsupportedMessageException {
        check(value);
        return InteropBoundary.toInterop(PyOps.builtin("iter", PyOps.special(value, "items")));
    }

    private static void check(Object value) throws UnsupportedMessageException {
        if (!isDict(value)) {
            throw UnsupportedMessageException.create();
        }
    }

    private static UnknownKeyException keyError(PException e, Object key) {
        if (PyOps.is(e, BuiltinType.KEY_ERROR) || PyOps.is(e, BuiltinType.TYPE_ERROR)) {
            return UnknownKeyException.create(key, e);
        }
        throw e;
    }
}
