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
import taipan.runtime.generator.PGenerator;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.bytes.PBytesIterator;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PList;
import taipan.runtime.iterator.PListIterator;
import taipan.runtime.str.PyStrings;
import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.iterator.PDictIterator;
import taipan.runtime.iterator.PSetIterator;
import taipan.runtime.set.SetIteratorState;
import taipan.language.TaipanLanguage;
import taipan.runtime.object.DictViews;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.runtime.type.BuiltinType;

/** {@code iter(obj)}: CPython's {@code PyObject_GetIter}. An iterator is its own iterator. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectGetIterNode extends Node {

    public abstract Object execute(Object iterable);

    public static PyObjectGetIterNode create() {
        return PyObjectGetIterNodeGen.create();
    }

    @Specialization
    static PRangeIterator doRange(PRange range) {
        return new PRangeIterator(range);
    }

    @Specialization
    static PSequenceIterator doTuple(PTuple tuple) {
        return new PSequenceIterator(tuple, tuple.length());
    }

    @Specialization
    static PSequenceIterator doStr(TruffleString str, @Cached TruffleString.CodePointLengthNode length) {
        return new PSequenceIterator(str, length.execute(str, PyStrings.ENCODING));
    }

    @Specialization
    static PListIterator doList(PList list) {
        return new PListIterator(list.getStorage().iterator());
    }

    @Specialization
    static PListIterator doListIterator(PListIterator iterator) {
        return iterator;
    }

    @Specialization
    static PRangeIterator doRangeIterator(PRangeIterator iterator) {
        return iterator;
    }

    @Specialization
    static PSequenceIterator doSequenceIterator(PSequenceIterator iterator) {
        return iterator;
    }

    @Specialization
    static PBytesIterator doBytes(PBytesLike bytes) {
        return new PBytesIterator(bytes);
    }

    @Specialization
    static PBytesIterator doBytesIterator(PBytesIterator iterator) {
        return iterator;
    }

    @Specialization
    static PDictIterator doDict(PDict dict) {
        return new PDictIterator(dict.getStorage().iterator(DictIteratorState.Kind.KEYS), BuiltinType.DICT_KEY_ITERATOR);
    }

    @Specialization
    PSetIterator doSet(PBaseSet set) {
        return new PSetIterator(new SetIteratorState(TaipanLanguage.get(this).threadingMode(), set.getStorage()));
    }

    @Specialization
    static PSetIterator doSetIterator(PSetIterator iterator) {
        return iterator;
    }

    @Specialization
    static PDictIterator doDictView(PDictView view) {
        return DictViews.iterator(view);
    }

    @Specialization
    static PDictIterator doDictIterator(PDictIterator iterator) {
        return iterator;
    }

    @Specialization
    static PBuiltinIterator doBuiltinIterator(PBuiltinIterator iterator) {
        return iterator;
    }

    @Specialization(guards = "isPlainGenerator(generator)")
    static PGenerator doGenerator(PGenerator generator) {
        return generator;
    }

    /** Coroutine wrappers and async generators' awaitables are iterators; coroutines and async generators not. */
    @Specialization(guards = "!isPlainGenerator(iterable)")
    Object doGeneratorFamily(taipan.runtime.generator.GeneratorFamily iterable,
                    @Cached("create(ITER)") CallSpecialMethodNode callIter) {
        Object iterator = callIter.execute(iterable, new Object[0]);
        if (iterator == null) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.OBJECT_NOT_ITERABLE,
                            PythonErrors.typeName(this, iterable));
        }
        return iterator;
    }

    static boolean isPlainGenerator(Object o) {
        // the exact class: coroutines and async generators are PGenerators that are not iterators
        return o != null && o.getClass() == PGenerator.class;
    }

    @Specialization
    Object doUserObject(PythonObject iterable,
                    @Cached("create(ITER)") CallSpecialMethodNode callIter) {
        Object iterator;
        try {
            iterator = callIter.execute(iterable, new Object[0]);
        } catch (taipan.runtime.exception.PException e) {
            throw UserIteration.notIterable(this, iterable, e);
        }
        if (iterator == null) {
            return UserIteration.itemIterator(this, iterable);
        }
        return UserIteration.checkIterator(this, iterator);
    }

    @Specialization
    static Object doItemIterator(PItemIterator iterator) {
        return iterator;
    }

    static final String ITER = ObjectProtocols.ITER;

    @Fallback
    Object doOther(Object iterable) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(iterable)) {
            return taipan.runtime.interop.ForeignAccess.iterator(this, iterable);
        }
        if (iterable instanceof taipan.runtime.iterator.PBigRange r) {
            return new taipan.runtime.iterator.PBigRangeIterator(r);
        }
        if (iterable instanceof taipan.runtime.bytes.PMemoryView || iterable instanceof taipan.runtime.object.PMappingProxy
                        || iterable instanceof taipan.runtime.contextvars.PContext) {
            // built-in classes whose iteration is only a method in their class dict
            return taipan.nodes.object.SpecialMethods.callUncached(this, iterable, "__iter__", new Object[0]);
        }
        if (iterable instanceof taipan.runtime.type.PythonClass) {
            // a metaclass's __iter__ (classes are not PythonObjects)
            Object result = taipan.nodes.object.SpecialMethods.callUncached(this, iterable, ITER, new Object[0]);
            if (result != null) {
                return result;
            }
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.OBJECT_NOT_ITERABLE,
                        PythonErrors.typeName(this, iterable));
    }
}
