package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.iterator.PRange;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.module.PythonModule;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** Which Python class a Java value belongs to, on slow paths (nodes use {@code GetClassNode}). */
public final class PythonTypes {

    private PythonTypes() {
    }

    @TruffleBoundary
    public static PythonClass classOf(TaipanLanguage language, Object value) {
        if (value instanceof PythonObject o) {
            return o.getPythonClass();
        } else if (value instanceof taipan.runtime.collections.PDefaultDict d && d.getSubclass() != null) {
            return d.getSubclass();
        } else if (value instanceof PythonClass c) {
            return c.getMetaclass();
        }
        return language.getBuiltinClass(builtinTypeOf(value));
    }

    /** The built-in type of a value, or {@code OBJECT} for Java values that are not Python objects. */
    public static BuiltinType builtinTypeOf(Object value) {
        if (value instanceof Boolean) {
            return BuiltinType.BOOL;
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            return BuiltinType.INT;
        } else if (value instanceof Double) {
            return BuiltinType.FLOAT;
        } else if (value instanceof TruffleString) {
            return BuiltinType.STR;
        } else if (value instanceof taipan.runtime.math.Complex) {
            return BuiltinType.COMPLEX;
        } else if (value instanceof taipan.runtime.iterator.PBuiltinIterator i) {
            return i.getBuiltinType();
        } else if (value instanceof taipan.runtime.bytes.PBytes) {
            return BuiltinType.BYTES;
        } else if (value instanceof taipan.runtime.bytes.PByteArray) {
            return BuiltinType.BYTEARRAY;
        } else if (value instanceof taipan.runtime.bytes.PMemoryView) {
            return BuiltinType.MEMORYVIEW;
        } else if (value instanceof PMappingProxy) {
            return BuiltinType.MAPPINGPROXY;
        } else if (value instanceof taipan.runtime.bytes.PBytesIterator i) {
            return i.isByteArray() ? BuiltinType.BYTEARRAY_ITERATOR : BuiltinType.BYTES_ITERATOR;
        } else if (value == PNone.NONE) {
            return BuiltinType.NONE_TYPE;
        } else if (value instanceof PTuple) {
            return BuiltinType.TUPLE;
        } else if (value instanceof PList) {
            return BuiltinType.LIST;
        } else if (value instanceof taipan.runtime.collections.PDefaultDict) {
            return BuiltinType.DEFAULTDICT;
        } else if (value instanceof PDict) {
            return BuiltinType.DICT;
        } else if (value instanceof PSet) {
            return BuiltinType.SET;
        } else if (value instanceof PFrozenSet) {
            return BuiltinType.FROZENSET;
        } else if (value instanceof PSlice) {
            return BuiltinType.SLICE;
        } else if (value instanceof PDictView v) {
            return ContainerTypes.viewType(v);
        } else if (value instanceof taipan.runtime.iterator.PSetIterator) {
            return BuiltinType.SET_ITERATOR;
        } else if (value instanceof taipan.runtime.iterator.PDictIterator i) {
            return i.getType();
        } else if (value instanceof taipan.runtime.iterator.PListIterator) {
            return BuiltinType.LIST_ITERATOR;
        } else if (value instanceof PythonClass) {
            return BuiltinType.TYPE;
        } else if (value instanceof PBuiltinFunction f && f.isMethodOfClass()) {
            // str.join, int.bit_length: CPython's method descriptors; int.__add__ a slot wrapper
            return f.isSlotWrapper() ? BuiltinType.WRAPPER_DESCRIPTOR : BuiltinType.METHOD_DESCRIPTOR;
        } else if (value instanceof PBuiltinMethod m && m.getFunction().isSlotWrapper()) {
            return BuiltinType.METHOD_WRAPPER; // (1).__add__
        } else if (value instanceof PBuiltinFunction || value instanceof PBuiltinMethod) {
            return BuiltinType.BUILTIN_FUNCTION;
        } else if (value instanceof PRange || value instanceof taipan.runtime.iterator.PBigRange) {
            return BuiltinType.RANGE;
        } else if (value instanceof PRangeIterator) {
            return BuiltinType.RANGE_ITERATOR;
        } else if (value instanceof PSequenceIterator s) {
            return s.getSequence() instanceof TruffleString ? BuiltinType.STR_ITERATOR : BuiltinType.TUPLE_ITERATOR;
        } else if (value instanceof PFunction) {
            return BuiltinType.FUNCTION;
        } else if (value instanceof taipan.runtime.function.PCell) {
            return BuiltinType.CELL;
        } else if (value instanceof taipan.runtime.function.PCode) {
            return BuiltinType.CODE;
        } else if (value instanceof PSimpleNamespace) {
            return BuiltinType.SIMPLE_NAMESPACE;
        } else if (value instanceof PythonModule) {
            return BuiltinType.MODULE;
        } else if (value instanceof taipan.runtime.generator.GeneratorFamily g) {
            return g.getBuiltinType();
        } else if (value instanceof taipan.runtime.frame.PFrame) {
            return BuiltinType.FRAME;
        } else if (value instanceof taipan.runtime.exception.PTraceback) {
            return BuiltinType.TRACEBACK;
        } else if (value == PNotImplemented.NOT_IMPLEMENTED) {
            return BuiltinType.NOT_IMPLEMENTED_TYPE;
        } else if (value == PEllipsis.ELLIPSIS) {
            return BuiltinType.ELLIPSIS_TYPE;
        } else if (value instanceof PSuper) {
            return BuiltinType.SUPER;
        } else if (value instanceof PItemIterator) {
            return BuiltinType.ITERATOR;
        } else if (value instanceof taipan.runtime.function.PMethod) {
            return BuiltinType.METHOD;
        } else if (value instanceof taipan.runtime.function.PClassMethod c) {
            // a built-in class's class method (dict.fromkeys) is CPython's classmethod_descriptor
            return c.getCallable() instanceof PBuiltinFunction f && f.isMethodOfClass() ? BuiltinType.CLASSMETHOD_DESCRIPTOR
                            : BuiltinType.CLASSMETHOD;
        } else if (value instanceof taipan.runtime.function.PStaticMethod) {
            return BuiltinType.STATICMETHOD;
        } else if (value instanceof taipan.runtime.function.PProperty) {
            return BuiltinType.PROPERTY;
        } else if (value instanceof taipan.runtime.thread.PLock) {
            return BuiltinType.LOCK;
        } else if (value instanceof taipan.runtime.thread.PRLock) {
            return BuiltinType.RLOCK;
        } else if (value instanceof taipan.runtime.thread.PThreadHandle) {
            return BuiltinType.THREAD_HANDLE;
        } else if (value instanceof taipan.runtime.contextvars.PContext) {
            return BuiltinType.CONTEXT;
        } else if (value instanceof taipan.runtime.contextvars.PContextVar) {
            return BuiltinType.CONTEXT_VAR;
        } else if (value instanceof taipan.runtime.contextvars.PContextToken) {
            return BuiltinType.CONTEXT_TOKEN;
        } else if (value instanceof taipan.runtime.weakref.PWeakProxy p) {
            return p.isCallable() ? BuiltinType.WEAKCALLABLEPROXY : BuiltinType.WEAKPROXY;
        } else if (value instanceof taipan.runtime.type.PGenericAlias) {
            return BuiltinType.GENERIC_ALIAS;
        } else if (value instanceof taipan.runtime.type.PMemberDescriptor) {
            return BuiltinType.MEMBER_DESCRIPTOR;
        } else if (value instanceof taipan.runtime.collections.PTupleGetter) {
            return BuiltinType.TUPLEGETTER;
        } else if (value instanceof taipan.runtime.type.PGetSetDescriptor) {
            return BuiltinType.GETSET_DESCRIPTOR;
        } else if (value instanceof taipan.runtime.type.PUnionType) {
            return BuiltinType.UNION_TYPE;
        } else if (value instanceof PythonObject o) {
            return o.getPythonClass().getSolidBase();
        } else if (taipan.runtime.interop.InteropBoundary.isForeign(value)) {
            return BuiltinType.FOREIGN_OBJECT;
        }
        return BuiltinType.OBJECT;
    }

    /** Python's {@code int}: {@code long}, {@link BigInteger} or {@code bool}. */
    public static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof BigInteger;
    }
}
