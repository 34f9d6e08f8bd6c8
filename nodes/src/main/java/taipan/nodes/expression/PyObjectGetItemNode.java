package taipan.nodes.expression;

import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.BytesSlices;
import taipan.runtime.bytes.PBytesLike;
import taipan.nodes.subscript.SequenceIndex;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListSliceFast;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.dict.PyDictGetItemNode;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrSliceNode;
import taipan.runtime.str.StrSlices;
import taipan.runtime.type.BuiltinType;

/** {@code obj[key]}: CPython's {@code PyObject_GetItem} for the built-in sequences, mappings and slices. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectGetItemNode extends Node {

    public abstract Object execute(Object container, Object key);

    public static PyObjectGetItemNode create() {
        return PyObjectGetItemNodeGen.create();
    }

    /** A list of floats: one unboxed read path, so the box the caller unboxes again is virtual. */
    @Specialization(guards = "list.getStorage().holdsDoubles()")
    Object doListOfDoubles(PList list, long index) {
        try {
            return list.getStorage().getFromDoubles(TaipanLanguage.get(this).threadingMode(), index);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization(guards = "list.getStorage().holdsLongs()")
    Object doListOfLongs(PList list, long index) {
        try {
            return list.getStorage().getFromLongs(TaipanLanguage.get(this).threadingMode(), index);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization(replaces = {"doListOfDoubles", "doListOfLongs"})
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

    /** defaultdict fills a missing key from its factory (CPython reaches {@code __missing__} from dict_subscript). */
    @Specialization
    Object doDefaultDict(taipan.runtime.collections.PDefaultDict dict, Object key,
                    @Cached taipan.nodes.call.CallDispatchNode callFactory) {
        TaipanLanguage language = TaipanLanguage.get(this);
        Object value;
        try {
            value = dict.getStorage().get(language.threadingMode(), new BuiltinEquality(language.threadingMode()), key);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
        if (value != null) {
            return value;
        }
        Object factory = dict.getDefaultFactory();
        if (factory == null) {
            throw PythonErrors.fromContainerError(this, ContainerError.keyError(key));
        }
        Object made = callFactory.execute(factory, new Object[0], new Object[0]);
        dict.getStorage().put(language.threadingMode(), new BuiltinEquality(language.threadingMode()), key, made);
        return made;
    }

    @Specialization(guards = "!isDefaultDict(dict)")
    Object doDict(PDict dict, Object key, @Bind Node inliningTarget, @Cached PyDictGetItemNode getItem) {
        Object value = getItem.execute(inliningTarget, TaipanLanguage.get(this).threadingMode(), dict.getStorage(), key);
        if (value == null) {
            throw PythonErrors.fromContainerError(this, ContainerError.keyError(key));
        }
        return value;
    }

    @Specialization
    Object doListSlice(PList list, PSlice slice) {
        try {
            return new PList(ListSliceFast.get(TaipanLanguage.get(this).threadingMode(), list.getStorage(),
                            slice.startIndex(), slice.stopIndex(), slice.stepIndex()));
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    Object doTupleSlice(PTuple tuple, PSlice slice) {
        try {
            return SequenceIndex.sliceTuple(tuple, slice);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    Object doStrSlice(TruffleString str, PSlice slice, @Bind("this") Node node, @Cached StrSliceNode sliceNode) {
        try {
            Long step = slice.stepIndex();
            long st = step == null ? 1 : step;
            Long start = slice.startIndex();
            Long stop = slice.stopIndex();
            return sliceNode.execute(node, str, start == null ? StrSlices.defaultStart(st) : start,
                            stop == null ? StrSlices.defaultStop(st) : stop, st);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        } catch (StrException e) {
            throw PythonErrors.byTypeName(this, e.getPythonType(), e.getMessage());
        }
    }

    /** {@code key.__index__()} of a user object used as an index; the key itself when it has none. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object userIndex(Object key) {
        Object index = taipan.runtime.object.UncachedCalls.callSpecial(key, "__index__");
        if (index == null) {
            return key;
        } else if (!(index instanceof Long || index instanceof Boolean || index instanceof java.math.BigInteger)) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__index__ returned non-int (type %s)",
                            PythonErrors.typeName(this, index));
        }
        return index;
    }

    @Specialization
    Object doRange(PRange range, Object key) {
        try {
            return SequenceIndex.rangeItem(range, key instanceof PythonObject ? userIndex(key) : key);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    Object doBytesSlice(PBytesLike bytes, PSlice slice) {
        try {
            return BytesSlices.get(bytes, slice);
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(this, e);
        }
    }

    @Specialization
    Object doClass(taipan.runtime.type.PythonClass cls, Object key) {
        return taipan.nodes.classes.ClassSubscript.getItem(this, cls, key);
    }

    @Specialization
    Object doUserObject(PythonObject container, Object key,
                    @Cached("create(GETITEM)") CallSpecialMethodNode call) {
        return ObjectProtocols.getItem(this, call, container, key);
    }

    static final String GETITEM = ObjectProtocols.GETITEM;

    @Fallback
    Object doOther(Object container, Object key) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(container)) {
            return taipan.runtime.interop.ForeignAccess.getItem(this, container, key);
        }
        if (SequenceIndex.isIndex(key) && (container instanceof PList || container instanceof PTuple
                        || container instanceof TruffleString || container instanceof PBytesLike)) {
            // bool and big ints as indices: the rare path.
            return itemAt(container, SequenceIndex.asIndex(this, key, container));
        }
        if (key instanceof PythonObject && (container instanceof PList || container instanceof PTuple
                        || container instanceof TruffleString || container instanceof PBytesLike)) {
            // an object with __index__ indexes a sequence as the int it stands for
            Object index = taipan.runtime.object.UncachedCalls.callSpecial(key, "__index__");
            if (index instanceof Long || index instanceof Boolean || index instanceof java.math.BigInteger) {
                return itemAt(container, index);
            } else if (index != null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__index__ returned non-int (type %s)",
                                PythonErrors.typeName(this, index));
            }
        }
        if (container instanceof PBytesLike) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s indices must be integers or slices, not %s",
                            PythonErrors.typeName(this, container), PythonErrors.typeName(this, key));
        }
        if (container instanceof TruffleString) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "string indices must be integers, not '%s'",
                            PythonErrors.typeName(this, key));
        }
        if (container instanceof PList || container instanceof PTuple || container instanceof TruffleString) {
            String kind = container instanceof PList ? "list" : container instanceof PTuple ? "tuple" : "string";
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s indices must be integers or slices, not %s",
                            kind, PythonErrors.typeName(this, key));
        }
        if (container instanceof taipan.runtime.iterator.PBigRange r) {
            return BigRanges.item(this, r, key);
        }
        if (container instanceof taipan.runtime.bytes.PMemoryView || container instanceof taipan.runtime.object.PMappingProxy
                        || container instanceof taipan.runtime.contextvars.PContext) {
            // built-in classes whose item access is only a method in their class dict
            return taipan.nodes.object.SpecialMethods.callUncached(this, container, "__getitem__", new Object[]{key});
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                        PythonErrors.typeName(this, container));
    }

    /** Behind a boundary: re-entering this node's {@code execute} in compiled code would inline without end. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private Object itemAt(Object container, Object index) {
        return execute(container, index);
    }

    static boolean isDefaultDict(PDict dict) {
        return dict instanceof taipan.runtime.collections.PDefaultDict;
    }
}
