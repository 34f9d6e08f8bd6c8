package taipan.runtime.thread;

import taipan.runtime.contextvars.ContextVars;
import taipan.runtime.contextvars.PContextToken;
import taipan.runtime.contextvars.PContextVar;
import taipan.runtime.object.PNone;
import taipan.runtime.weakref.PWeakRef;

/**
 * Read-only data attributes of thread, weakref and context-variable objects: {@code _ThreadHandle.ident},
 * {@code ref.__callback__}, {@code ContextVar.name}, {@code Token.var}/{@code old_value}.
 */
public final class ThreadFields {
    private ThreadFields() {
    }

    public static boolean has(Object object, String name) {
        return object instanceof PThreadHandle && name.equals("ident")
                        || object instanceof PWeakRef && name.equals("__callback__")
                        || object instanceof PContextVar && name.equals("name")
                        || object instanceof PContextToken && (name.equals("var") || name.equals("old_value"));
    }

    public static Object get(Object object, String name) {
        if (object instanceof PThreadHandle h) {
            return h.getIdent();
        } else if (object instanceof PContextVar v) {
            return v.getName();
        } else if (object instanceof PContextToken t) {
            Object old = t.getOldValue();
            return name.equals("var") ? t.getVar() : old == null ? ContextVars.MISSING : old;
        }
        Object callback = ((PWeakRef) object).getCallback();
        return callback == null ? PNone.NONE : callback;
    }

    /** The repr of a lock, an RLock, a thread handle or a proxy; null for any other value. */
    public static String repr(Object value) {
        if (value instanceof PLock lock) {
            return lock.repr();
        } else if (value instanceof PRLock lock) {
            return lock.repr(0);
        } else if (value instanceof PThreadHandle handle) {
            return "<_thread._ThreadHandle object: ident=" + handle.getIdent() + ">";
        } else if (value instanceof PContextVar || value instanceof PContextToken || value == ContextVars.MISSING) {
            return contextRepr(value);
        } else if (value instanceof taipan.runtime.weakref.PWeakProxy proxy) {
            Object referent = proxy.get();
            String at = "<weakproxy at 0x" + Long.toHexString(taipan.runtime.object.ObjectRepr.identityHash(proxy));
            return referent == null ? at + "; dead>" : at + "; to '" + taipan.runtime.object.Repr.typeName(referent)
                            + "' at 0x" + Long.toHexString(taipan.runtime.object.ObjectRepr.identityHash(referent)) + ">";
        }
        return null;
    }

    /** CPython's reprs: {@code <ContextVar name='v' default=1 at 0x...>}, {@code <Token var=... at 0x...>}. */
    private static String contextRepr(Object value) {
        String at = " at 0x" + Long.toHexString(taipan.runtime.object.ObjectRepr.identityHash(value)) + ">";
        if (value instanceof PContextVar v) {
            String fallback = v.getDefault() == null ? "" : " default=" + taipan.runtime.object.Repr.repr(v.getDefault());
            return "<ContextVar name=" + taipan.runtime.object.Repr.repr(v.getName()) + fallback + at;
        } else if (value instanceof PContextToken t) {
            return "<Token" + (t.isUsed() ? " used" : "") + " var=" + contextRepr(t.getVar()) + at;
        }
        return "<Token.MISSING>";
    }
}
