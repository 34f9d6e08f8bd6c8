package taipan.nodes.subscript;

import taipan.runtime.bytes.BytesItems;
import taipan.runtime.bytes.BytesSlices;
import taipan.runtime.bytes.PByteArray;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListSlices;
import taipan.runtime.list.ListSliceFast;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.dict.PyDictSetItemNode;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSlice;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code obj[key] = value}: CPython's {@code PyObject_SetItem} for lists (items and slices) and dicts. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectSetItemNode extends Node {

    public abstract void execute(Object obj, Object key, Object value);

    public static PyObjectSetItemNode create() {
        return PyObjectSetItemNodeGen.create();
    }

    /** Unboxed stores into a list of ints/floats; any other strategy takes {@link #doList}. */
    @Specialization(guards = "list.getStorage().holdsLongs()")
    void doListLong(PList list, long index, long value) {
        try {
            list.getStorage().setLong(mode(), index, value);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization(guards = "list.getStorage().holdsDoubles()")
    void doListDouble(PList list, long index, double value) {
        try {
            list.getStorage().setDouble(mode(), index, value);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization(replaces = {"doListLong", "doListDouble"})
    void doList(PList list, long index, Object value) {
        try {
            list.getStorage().set(mode(), index, value);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doDict(PDict dict, Object key, Object value, @Bind Node inliningTarget, @Cached PyDictSetItemNode setItem) {
        setItem.execute(inliningTarget, mode(), dict.getStorage(), key, value, false);
    }

    /** A list into a slice of a list of the same strategy: array copies, no boxed snapshot of the items. */
    @Specialization(guards = "isList(value)")
    void doListSliceFromList(PList list, PSlice slice, Object value, @Cached SequenceItemsNode items) {
        try {
            ThreadingMode mode = mode();
            if (!ListSliceFast.set(mode, list.getStorage(), slice.startIndex(), slice.stopIndex(), slice.stepIndex(),
                            ((PList) value).getStorage())) {
                doListSlice(list, slice, value, items);
            }
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    static boolean isList(Object value) {
        return value instanceof PList;
    }

    @Specialization
    void doListSlice(PList list, PSlice slice, Object value, @Cached SequenceItemsNode items) {
        Object[] values = SliceAssignment.items(this, items, value, list, slice);
        try {
            ListSlices.set(mode(), list.getStorage(), slice.startIndex(), slice.stopIndex(), slice.stepIndex(), values);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doByteArray(PByteArray array, long index, Object value) {
        int v = BytesItems.byteValue(this, value);
        synchronized (array) {
            array.set(BytesItems.index(this, array, index), v);
        }
    }

    @Specialization
    void doByteArraySlice(PByteArray array, PSlice slice, Object value) {
        try {
            BytesSlices.set(array, slice, BytesItems.sliceValues(this, value));
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doUserObject(PythonObject obj, Object key, Object value,
                    @Cached("create(SETITEM)") CallSpecialMethodNode call) {
        ObjectProtocols.setItem(this, call, obj, key, value);
    }

    static final String SETITEM = ObjectProtocols.SETITEM;

    @Fallback
    void doOther(Object obj, Object key, Object value) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(obj)) {
            taipan.runtime.interop.ForeignAccess.setItem(this, obj, key, value);
            return;
        }
        if (obj instanceof PList list && SequenceIndex.isIndex(key)) {
            doList(list, SequenceIndex.asIndex(this, key, list), value);
            return;
        }
        if (obj instanceof PByteArray array && SequenceIndex.isIndex(key)) {
            doByteArray(array, SequenceIndex.asIndex(this, key, array), value);
            return;
        }
        if (obj instanceof PByteArray) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "bytearray indices must be integers or slices, not %s", PythonErrors.typeName(this, key));
        }
        if (obj instanceof PList) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "list indices must be integers or slices, not %s",
                            PythonErrors.typeName(this, key));
        }
        if (obj instanceof taipan.runtime.bytes.PMemoryView && taipan.nodes.object.SpecialMethods.callUncached(this,
                        obj, "__setitem__", new Object[]{key, value}) != null) {
            return;
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object does not support item assignment",
                        PythonErrors.typeName(this, obj));
    }

    private ThreadingMode mode() {
        return TaipanLanguage.get(this).threadingMode();
    }
}
