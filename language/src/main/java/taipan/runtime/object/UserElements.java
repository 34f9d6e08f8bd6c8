package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.PyHash;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code ==}, {@code hash} and {@code <} for containers holding user instances: the classes' {@code __eq__},
 * {@code __hash__} and {@code __lt__} with CPython's reflected fallbacks (Objects/object.c, do_richcompare).
 */
final class UserElements {
    private UserElements() {
    }

    static boolean involved(Object a, Object b) {
        return a instanceof PythonObject || b instanceof PythonObject;
    }

    @TruffleBoundary
    static boolean eq(Object a, Object b) {
        Object r = a instanceof PythonObject ? UncachedCalls.callSpecial(a, "__eq__", b) : null;
        if (r == null || r == PNotImplemented.NOT_IMPLEMENTED) {
            r = b instanceof PythonObject ? UncachedCalls.callSpecial(b, "__eq__", a) : null;
        }
        if (r == null || r == PNotImplemented.NOT_IMPLEMENTED) {
            return a == b;
        }
        return isTrue(r);
    }

    @TruffleBoundary
    static boolean lt(Object a, Object b) {
        Object r = a instanceof PythonObject ? UncachedCalls.callSpecial(a, "__lt__", b) : null;
        if (r == null || r == PNotImplemented.NOT_IMPLEMENTED) {
            r = b instanceof PythonObject ? UncachedCalls.callSpecial(b, "__gt__", a) : null;
        }
        if (r == null || r == PNotImplemented.NOT_IMPLEMENTED) {
            throw PythonErrors.notSupportedBetween(null, "<", a, b);
        }
        return isTrue(r);
    }

    /** {@code hash(o)} of a user instance: its class's {@code __hash__}, None meaning unhashable. */
    @TruffleBoundary
    static long hash(PythonObject o) {
        PythonClass cls = o.getPythonClass();
        if (cls.lookup("__hash__") == PNone.NONE) {
            throw PythonErrors.raise(null, BuiltinType.TYPE_ERROR, "unhashable type: '%s'", cls.getName());
        }
        if (!UncachedCalls.hasUserAttribute(cls, "__hash__")) {
            return ObjectRepr.identityHash(o);
        }
        Object r = UncachedCalls.callSpecial(o, "__hash__");
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger big) {
            return PyHash.hash(big);
        } else if (taipan.runtime.object.PBuiltinSubclassObject.unwrap(r) instanceof Long l) {
            return PyHash.hash(l); // an int subclass hashes as int's tp_hash does
        }
        throw PythonErrors.raise(null, BuiltinType.TYPE_ERROR, "__hash__ method should return an integer");
    }

    /** Truth of a comparison result: built-in values directly, a user object true unless it says otherwise. */
    private static boolean isTrue(Object r) {
        if (r instanceof Boolean b) {
            return b;
        } else if (r instanceof Long l) {
            return l != 0;
        } else if (r instanceof Double d) {
            return d != 0;
        } else if (r instanceof TruffleString s) {
            return !s.isEmpty();
        } else if (r == PNone.NONE) {
            return false;
        } else if (r instanceof PList l) {
            return l.getStorage().toArray(taipan.language.TaipanLanguage.get(null).threadingMode()).length != 0;
        } else if (r instanceof PTuple t) {
            return t.length() != 0;
        } else if (r instanceof PythonObject) {
            Object b = UncachedCalls.callSpecial(r, "__bool__");
            return b == null || isTrue(b);
        }
        return true;
    }
}
