package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.PyHash;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/** {@code hash(value)}: CPython's {@code PyObject_Hash}; a user class's {@code __hash__}, None making it unhashable. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectHashNode extends Node {

    public abstract long execute(Object value);

    public static PyObjectHashNode create() {
        return PyObjectHashNodeGen.create();
    }

    @Specialization
    static long doLong(long value) {
        return PyHash.hash(value); // reduced modulo 2**61 - 1, as CPython's long_hash; -1 becomes -2
    }

    @Specialization
    static long doDouble(double value) {
        return Double.isNaN(value) ? taipan.runtime.number.NumberHash.hash(value) : PyHash.hash(value);
    }

    @Specialization
    static long doComplex(taipan.runtime.math.Complex value) {
        return taipan.runtime.number.NumberHash.hash(value);
    }

    @Specialization
    static long doBoolean(boolean value) {
        return value ? 1 : 0;
    }

    @Specialization
    long doObject(PythonObject value, @Cached("create(HASH)") CallSpecialMethodNode callHash) {
        Object method = SpecialMethods.lookup(this, value, "__hash__");
        if (method == PNone.NONE) {
            throw unhashable(value);
        } else if (!(method instanceof PFunction) && !(value instanceof taipan.runtime.object.PBuiltinSubclassObject) &&
                        !(method instanceof taipan.runtime.function.PBuiltinFunction f && f.isNativeSlot()) &&
                        !(value instanceof taipan.runtime.decimal.PDecimal)) {
            return value instanceof taipan.runtime.weakref.PWeakRef ref ? taipan.runtime.weakref.WeakRefOps.hash(this, ref)
                            : ObjectRepr.identityHash(value);
        }
        return checkHashResult(this, callHash.execute(value, new Object[0]));
    }

    /** A {@code __hash__} result as CPython reduces it: an int, with -1 reserved. */
    public static long checkHashResult(Node location, Object result) {
        if (result instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (result instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (result instanceof java.math.BigInteger big) {
            return PyHash.hash(big);
        } else if (taipan.runtime.object.PBuiltinSubclassObject.unwrap(result) instanceof Long l) {
            return PyHash.hash(l); // an int subclass hashes as int's tp_hash does
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__hash__ method should return an integer");
    }

    @Fallback
    long doOther(Object value) {
        return hashBuiltin(value);
    }

    @TruffleBoundary
    private long hashBuiltin(Object value) {
        return SlowCompare.hash(this, value);
    }

    private RuntimeException unhashable(Object value) {
        return PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unhashable type: '%s'",
                        PythonErrors.typeName(this, value));
    }

    static final String HASH = "__hash__";
}
