package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import taipan.runtime.exception.PException;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * Lists and tuples as interop arrays, through {@code __len__}, {@code __getitem__}, {@code __setitem__} and
 * {@code __delitem__}: a list can be written, grown at its end and shrunk; a tuple is read-only.
 */
final class InteropSequences {

    private InteropSequences() {
    }

    static boolean isSequence(Object value) {
        return value instanceof PList || value instanceof PTuple;
    }

    static boolean isList(Object value) {
        return value instanceof PList;
    }

    @TruffleBoundary
    static long size(Object value) throws UnsupportedMessageException {
        if (!isSequence(value)) {
            throw UnsupportedMessageException.create();
        }
        return PyOps.len(value);
    }

    static long sizeOrZero(Object value) {
        try {
            return size(value);
        } catch (UnsupportedMessageException e) {
            return 0;
        }
    }

    static boolean isReadable(Object value, long index) {
        return isSequence(value) && index >= 0 && index < sizeOrZero(value);
    }

    @TruffleBoundary
    static Object read(Object value, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isSequence(value)) {
            throw UnsupportedMessageException.create();
        } else if (index < 0) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            return InteropBoundary.toInterop(PyOps.special(value, "__getitem__", index));
        } catch (PException e) {
            throw indexError(e, index);
        }
    }

    @TruffleBoundary
    static void write(Object value, long index, Object element) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isList(value)) {
            throw UnsupportedMessageException.create();
        }
        long size = PyOps.len(value);
        if (index < 0 || index > size) {
            throw InvalidArrayIndexException.create(index);
        }
        Object item = InteropBoundary.toPython(element);
        if (index == size) {
            PyOps.special(value, "append", item);
        } else {
            PyOps.special(value, "__setitem__", index, item);
        }
    }

    @TruffleBoundary
    static void remove(Object value, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isList(value)) {
            throw UnsupportedMessageException.create();
        } else if (index < 0) {
            throw InvalidArrayIndexException.create(index);
        }
        try {
            PyOps.special(value, "__delitem__", index);
        } catch (PException e) {
            throw indexError(e, index);
        }
    }

    private static InvalidArrayIndexException indexError(PException e, long index) {
        if (PyOps.is(e, BuiltinType.INDEX_ERROR)) {
            return InvalidArrayIndexException.create(index, e);
        }
        throw e;
    }
}
