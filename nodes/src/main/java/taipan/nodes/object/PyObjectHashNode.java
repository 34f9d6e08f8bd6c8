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
        } else if (!(method instanceof PFunction)) {
            return ObjectRepr.identityHash(value);
        }
        Object result = callHash == null ? taipan.runtime.object.UncachedCalls.callSpecial(value, HASH)
                        : callHash.execute(value, new Object[0]);
        if (result instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (result instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (result instanceof java.math.BigInteger big) {
            return PyHash.hash(big);
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__hash__ method should return an integer");
    }

    @Fallback
    long doOther(Object value) {
        return hashBuiltin(value);
    }

    @TruffleBoundary
    private long hashBuiltin(Object value) {
        Object method = SpecialMethods.lookup(this, value, "__hash__");
        if (method == PNone.NONE) {
            throw unhashable(value);
        }
        if (value instanceof Long l) {
            return PyHash.hash(l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return PyHash.hash(d);
        } else if (value instanceof java.math.BigInteger big) {
            return PyHash.hash(big);
        } else if (value instanceof TruffleString s) {
            return s.hashCodeUncached(TruffleString.Encoding.UTF_32);
        } else if (value instanceof taipan.runtime.object.PTuple t) {
            return tupleHash(t.getItems());
        } else if (value instanceof taipan.runtime.object.PList || value instanceof taipan.runtime.object.PDict) {
            throw unhashable(value);
        } else if (value instanceof PythonObject o) {
            return doObject(o, null);
        }
        return ObjectRepr.identityHash(value);
    }

    /** CPython's {@code tuplehash} (xxHash's mixing over the items' hashes). */
    private long tupleHash(Object[] items) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : items) {
            long lane = hashBuiltin(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private RuntimeException unhashable(Object value) {
        return PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unhashable type: '%s'",
                        PythonErrors.typeName(this, value));
    }

    static final String HASH = "__hash__";
}
