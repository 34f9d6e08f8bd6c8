package taipan.nodes.iterator;

import taipan.runtime.iterator.PBuiltinIterator;
import taipan.nodes.object.UserIteration;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.object.PItemIterator;
import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.nodes.generator.GeneratorResumeNode;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.bytes.PBytesIterator;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.object.PTuple;
import taipan.runtime.iterator.PDictIterator;
import taipan.runtime.iterator.PSetIterator;
import taipan.runtime.list.ContainerError;
import taipan.runtime.iterator.PListIterator;
import taipan.language.TaipanLanguage;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code next(iterator)} as loops use it: CPython's {@code PyIter_Next}, which reports exhaustion with
 * {@link #EXHAUSTED} instead of raising {@code StopIteration}, so a {@code for} loop's end costs no exception.
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyIterNextNode extends Node {

    /** Returned when the iterator has no more items. Never a Python value. */
    public static final Object EXHAUSTED = new Object();

    public abstract Object execute(Object iterator);

    public static PyIterNextNode create() {
        return PyIterNextNodeGen.create();
    }

    @Specialization
    Object doRange(PRangeIterator iterator) {
        long index = iterator.claim(TaipanLanguage.get(this).threadingMode());
        return index >= 0 ? (Object) iterator.valueAt(index) : EXHAUSTED;
    }

    @Specialization
    Object doList(PListIterator iterator) {
        Object item = iterator.getState().next(TaipanLanguage.get(this).threadingMode());
        return item == null ? EXHAUSTED : item;
    }

    @Specialization(guards = "isTuple(iterator)")
    static Object doTuple(PSequenceIterator iterator) {
        return iterator.hasNext() ? ((PTuple) iterator.getSequence()).getItems()[iterator.nextIndex()] : EXHAUSTED;
    }

    @Specialization(guards = "!isTuple(iterator)")
    static Object doStr(PSequenceIterator iterator, @Cached TruffleString.SubstringNode substring) {
        if (!iterator.hasNext()) {
            return EXHAUSTED;
        }
        return substring.execute((TruffleString) iterator.getSequence(), iterator.nextIndex(), 1, PyStrings.ENCODING,
                        true);
    }

    @Specialization
    static Object doBytes(PBytesIterator iterator) {
        int item = iterator.next();
        return item < 0 ? EXHAUSTED : (Object) (long) item;
    }

    @Specialization
    Object doDictIterator(PDictIterator iterator) {
        Object item;
        try {
            item = iterator.getState().next(TaipanLanguage.get(this).threadingMode());
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
        if (item instanceof Object[] pair) {
            return new PTuple(pair);
        }
        return item == null ? EXHAUSTED : item;
    }

    @Specialization
    static Object doBuiltinIterator(PBuiltinIterator iterator, @Cached BuiltinIteratorNextNode next) {
        return next.execute(iterator);
    }

    @Specialization(guards = "isPlainGenerator(generator)")
    static Object doGenerator(PGenerator generator, @Cached GeneratorResumeNode resume) {
        return resume.execute(generator, PNone.NONE, null);
    }

    /** Coroutine wrappers and async generators' awaitables: their type's {@code __next__}, if any. */
    @Specialization(guards = "!isPlainGenerator(iterator)")
    Object doGeneratorFamily(taipan.runtime.generator.GeneratorFamily iterator,
                    @Cached("create(NEXT)") CallSpecialMethodNode callNext) {
        return UserIteration.next(this, callNext, iterator);
    }

    static boolean isPlainGenerator(Object o) {
        // the exact class: coroutines and async generators are PGenerators that are not iterators
        return o != null && o.getClass() == PGenerator.class;
    }

    @Specialization
    Object doSetIterator(PSetIterator iterator) {
        Object item;
        try {
            item = iterator.getState().next(TaipanLanguage.get(this).threadingMode());
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
        return item == null ? EXHAUSTED : item;
    }

    @Specialization
    Object doUserObject(PythonObject iterator,
                    @Cached("create(NEXT)") CallSpecialMethodNode callNext) {
        return UserIteration.next(this, callNext, iterator);
    }

    @Specialization
    Object doItemIterator(PItemIterator iterator,
                    @Cached("create(GETITEM)") CallSpecialMethodNode callGetItem) {
        return UserIteration.nextItem(this, callGetItem, iterator);
    }

    static final String NEXT = ObjectProtocols.NEXT;
    static final String GETITEM = ObjectProtocols.GETITEM;

    @Fallback
    Object doOther(Object iterator) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(iterator)) {
            Object next = taipan.runtime.interop.ForeignAccess.next(this, iterator);
            return next == null ? EXHAUSTED : next;
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not an iterator",
                        PythonErrors.typeName(this, iterator));
    }

    static boolean isTuple(PSequenceIterator iterator) {
        return iterator.getSequence() instanceof PTuple;
    }
}
