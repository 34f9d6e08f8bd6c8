package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.list.ElementOps;
import taipan.runtime.number.IntMath;
import taipan.threading.ThreadingMode;

/**
 * {@code ==} and {@code <} over built-in values on slow paths, as containers call them back (no user {@code __eq__}
 * exists yet); nested lists and tuples compare item by item.
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
        if (isInt(a) && isInt(b)) {
            return IntMath.compare(a, b) == 0;
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
        if (a instanceof PList s && b instanceof PList t) {
            return itemsEqual(s.getStorage().toArray(mode), t.getStorage().toArray(mode));
        }
        return false;
    }

    private boolean itemsEqual(Object[] x, Object[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!eq(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    @TruffleBoundary
    public long hash(Object o) {
        return o instanceof Long l ? l : o.hashCode();
    }

    @Override
    @TruffleBoundary
    public boolean lt(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return IntMath.compare(a, b) < 0;
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) < toDouble(b);
        }
        if (a instanceof TruffleString s && b instanceof TruffleString t) {
            return s.toJavaStringUncached().compareTo(t.toJavaStringUncached()) < 0;
        }
        return false;
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
