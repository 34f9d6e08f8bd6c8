package taipan.nodes.expression;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code obj[key]} for an int index into a list, tuple or str: CPython's {@code PyObject_GetItem}. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectGetItemNode extends Node {

    public abstract Object execute(Object container, Object key);

    public static PyObjectGetItemNode create() {
        return PyObjectGetItemNodeGen.create();
    }

    @Specialization
    Object doList(PList list, long index) {
        try {
            return list.getStorage().get(TaipanLanguage.get(this).threadingMode(), index);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    Object doTuple(PTuple tuple, long index) {
        Object[] items = tuple.getItems();
        long i = index < 0 ? index + items.length : index;
        if (i < 0 || i >= items.length) {
            throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "tuple index out of range");
        }
        return items[(int) i];
    }

    @Specialization
    Object doStr(TruffleString str, long index, @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.SubstringNode substring) {
        int n = length.execute(str, PyStrings.ENCODING);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "string index out of range");
        }
        return substring.execute(str, (int) i, 1, PyStrings.ENCODING, true);
    }

    @Specialization
    Object doBytes(PBytesLike bytes, long index) {
        int n = bytes.length();
        long i = index < 0 ? index + n : index;
        byte[] a = bytes.array();
        if (i < 0 || i >= n || i >= a.length) {
            throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR,
                            bytes instanceof PByteArray ? "bytearray index out of range" : "index out of range");
        }
        return (long) (a[(int) i] & 0xFF);
    }

    @Fallback
    Object doOther(Object container, Object key) {
        if (container instanceof PBytesLike) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s indices must be integers or slices, not %s",
                            PythonErrors.typeName(this, container), PythonErrors.typeName(this, key));
        }
        if (container instanceof PList || container instanceof PTuple || container instanceof TruffleString) {
            String kind = container instanceof PList ? "list" : container instanceof PTuple ? "tuple" : "string";
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s indices must be integers or slices, not %s",
                            kind, PythonErrors.typeName(this, key));
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                        PythonErrors.typeName(this, container));
    }
}
