package taipan.runtime.weakref;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * What {@code ref.__eq__}, {@code __hash__} and {@code __repr__} do, for the comparison, hashing and repr paths
 * to call when a ref's class (ref itself or a subclass such as {@code KeyedRef}) does not override them.
 */
public final class WeakRefOps {
    private WeakRefOps() {
    }

    /** Whether {@code ref}'s class keeps ref's own {@code name} (no Python override on its MRO). */
    @TruffleBoundary
    public static boolean usesBuiltin(PWeakRef ref, String name) {
        return !(ref.getPythonClass().lookup(name) instanceof PFunction);
    }

    /** Live referents compare as themselves; otherwise refs are equal only when they are the same ref. */
    @TruffleBoundary
    public static boolean equal(PWeakRef self, PWeakRef other) {
        Object a = self.get();
        Object b = other.get();
        if (a == null || b == null) {
            return self == other;
        }
        return UncachedCalls.compare(a, b, "==");
    }

    /** The referent's hash, kept once computed; TypeError if it died before anyone asked. */
    @TruffleBoundary
    public static long hash(Node location, PWeakRef self) {
        if (!self.hasHash()) {
            Object referent = self.get();
            if (referent == null) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "weak object has gone away");
            }
            self.setHash(UncachedCalls.hash(referent));
        }
        return self.getHash();
    }

    @TruffleBoundary
    public static String repr(PWeakRef self) {
        String at = "<weakref at 0x" + Long.toHexString(ObjectRepr.identityHash(self)) + "; ";
        Object referent = self.get();
        if (referent == null) {
            return at + "dead>";
        }
        PythonClass cls = PythonTypes.classOf(TaipanLanguage.get(null), referent);
        String text = at + "to '" + cls.getName() + "' at 0x" + Long.toHexString(ObjectRepr.identityHash(referent));
        String name = referent instanceof PFunction f ? f.getName() : referent instanceof PythonClass c ? c.getName() : null;
        return text + (name != null ? " (" + name + ")" : "") + ">";
    }
}
