package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.PyHash;
import taipan.runtime.list.ElementOps;
import taipan.runtime.number.IntMath;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * {@code ==}, {@code <} and {@code hash} on slow paths, as containers call them back: built-in values directly
 * (nested lists and tuples item by item), user instances through their special methods.
 */
public final class BuiltinEquality implements ElementOps {

    private final ThreadingMode mode;

    public BuiltinEquality(ThreadingMode mode) {
        this.mode = mode;
    }

    @Override
    @TruffleBoundary
    public boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PythonObject || b instanceof PythonObject) {
            return UncachedCalls.compare(a, b, "==");
        }
        if (isInt(a) && isInt(b)) {
            return IntMath.compare(a, b) == 0;
        }
        if (a instanceof taipan.runtime.math.Complex z && taipan.runtime.number.NumberHash.isNumber(b)) {
            return taipan.runtime.number.ComplexOps.equal(z, b);
        }
        if (b instanceof taipan.runtime.math.Complex z && taipan.runtime.number.NumberHash.isNumber(a)) {
            return taipan.runtime.number.ComplexOps.equal(z, a);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return taipan.runtime.number.NanIdentity.identicalOrEqual(x, y); // identity first, as containers compare
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof TruffleString s && b instanceof TruffleString t) {
            return s.equalsUncached(t, TruffleString.Encoding.UTF_32);
        }
        if (a instanceof taipan.runtime.bytes.PBytesLike s && b instanceof taipan.runtime.bytes.PBytesLike t) {
            return taipan.runtime.bytes.BytesOps.compare(s, t) == 0;
        }
        if (a instanceof PTuple s && b instanceof PTuple t) {
            return itemsEqual(s.getItems(), t.getItems());
        }
        if (a instanceof taipan.runtime.function.PMethod m && b instanceof taipan.runtime.function.PMethod n) {
            // method_richcompare: the same function bound to the same object
            return m.getSelf() == n.getSelf() && m.getFunction() == n.getFunction();
        }
        if (a instanceof taipan.runtime.type.PUnionType u && b instanceof taipan.runtime.type.PUnionType v) {
            return u.sameMembers(v);
        }
        if (a instanceof taipan.runtime.function.PCode c && b instanceof taipan.runtime.function.PCode d) {
            return taipan.runtime.function.CodeEquality.same(c, d);
        }
        if (a instanceof PList s && b instanceof PList t) {
            return itemsEqual(s.getStorage().toArray(mode), t.getStorage().toArray(mode));
        }
        if (UserElements.involved(a, b)) {
            return UserElements.eq(a, b);
        }
        return ContainerEquality.eq(mode, this, a, b);
    }

    private boolean itemsEqual(Object[] x, Object[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!ContainerEquality.isSame(x[i], y[i]) && !eq(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public long hash(Object o) {
        if (o instanceof PythonObject) {
            return UncachedCalls.hash(o);
        } else if (taipan.runtime.number.NumberHash.isNumber(o)) {
            return taipan.runtime.number.NumberHash.hash(o); // equal numbers of different types hash alike
        } else if (o instanceof TruffleString s) {
            long h = s.isEmpty() ? 0 : s.hashCode(); // CPython: the empty str (and bytes) hashes to 0
            return h == -1 ? -2 : h;
        } else if (o instanceof PTuple t) {
            return ContainerHash.tuple(this, t.getItems());
        } else if (o instanceof PFrozenSet f) {
            return ContainerHash.frozenset(mode, this, f);
        } else if (o instanceof taipan.runtime.bytes.PBytes b) {
            return b.length() == 0 ? 0 : b.hashCode();
        } else if (o instanceof taipan.runtime.function.PMethod m) {
            // meth_hash: the receiver's and the function's identity hashes, so one method hashes alike each time
            return System.identityHashCode(m.getSelf()) ^ System.identityHashCode(m.getFunction());
        } else if (o instanceof taipan.runtime.type.PUnionType u) {
            return u.membersHash();
        } else if (o instanceof taipan.runtime.function.PCode code) {
            return taipan.runtime.function.CodeEquality.hash(code);
        } else if (ContainerHash.handles(o)) {
            return ContainerHash.of(mode, this, o);
        } else if (o instanceof PList || o instanceof PDict || o instanceof PSet || o instanceof PDictView
                        || o instanceof taipan.runtime.bytes.PByteArray) {
            throw PythonErrors.raise(null, BuiltinType.TYPE_ERROR, "unhashable type: '%s'",
                            PythonTypes.builtinTypeOf(o).getPythonName());
        }
        return System.identityHashCode(o);
    }

    @Override
    @TruffleBoundary
    public boolean lt(Object a, Object b) {
        if (a instanceof PythonObject || b instanceof PythonObject) {
            return UncachedCalls.compare(a, b, "<");
        }
        if (isInt(a) && isInt(b)) {
            return IntMath.compare(a, b) < 0;
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) < toDouble(b);
        }
        if (a instanceof TruffleString s && b instanceof TruffleString t) {
            return s.compareIntsUTF32Uncached(t) < 0;
        }
        if (UserElements.involved(a, b)) {
            return UserElements.lt(a, b);
        }
        return ContainerEquality.lt(mode, this, a, b);
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double;
    }

    private static double toDouble(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return v instanceof Double d ? d : IntMath.big(v).doubleValue();
    }
}
