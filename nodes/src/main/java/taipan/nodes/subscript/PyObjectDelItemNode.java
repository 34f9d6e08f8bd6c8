package taipan.nodes.subscript;

import taipan.runtime.bytes.BytesItems;
import taipan.runtime.bytes.BytesSlices;
import taipan.runtime.bytes.PByteArray;
import com.oracle.truffle.api.dsl.Cached;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListSlices;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSlice;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code del obj[key]}: CPython's {@code PyObject_DelItem} for lists (items and slices) and dicts. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectDelItemNode extends Node {

    public abstract void execute(Object obj, Object key);

    public static PyObjectDelItemNode create() {
        return PyObjectDelItemNodeGen.create();
    }

    @Specialization
    void doList(PList list, long index) {
        try {
            list.getStorage().pop(mode(), index);
        } catch (ContainerError e) {
            throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "list assignment index out of range");
        }
    }

    @Specialization
    void doDict(PDict dict, Object key) {
        ThreadingMode mode = mode();
        try {
            dict.getStorage().delete(mode, new BuiltinEquality(mode), key);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doListSlice(PList list, PSlice slice) {
        try {
            ListSlices.delete(mode(), list.getStorage(), slice.startIndex(), slice.stopIndex(), slice.stepIndex());
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doByteArray(PByteArray array, long index) {
        synchronized (array) {
            array.pop(BytesItems.index(this, array, index));
        }
    }

    @Specialization
    void doByteArraySlice(PByteArray array, PSlice slice) {
        try {
            BytesSlices.delete(array, slice);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    void doUserObject(PythonObject obj, Object key,
                    @Cached("create(DELITEM)") CallSpecialMethodNode call) {
        ObjectProtocols.delItem(this, call, obj, key);
    }

    static final String DELITEM = ObjectProtocols.DELITEM;

    @Fallback
    void doOther(Object obj, Object key) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(obj)) {
            taipan.runtime.interop.ForeignAccess.delItem(this, obj, key);
            return;
        }
        if (obj instanceof PList list && SequenceIndex.isIndex(key)) {
            doList(list, SequenceIndex.asIndex(this, key, list));
            return;
        }
        if (obj instanceof PList) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "list indices must be integers or slices, not %s",
                            PythonErrors.typeName(this, key));
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object doesn't support item deletion",
                        PythonErrors.typeName(this, obj));
    }

    private ThreadingMode mode() {
        return TaipanLanguage.get(this).threadingMode();
    }
}
