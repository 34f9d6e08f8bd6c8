package taipan.runtime.thread;

import taipan.runtime.object.PNone;
import taipan.runtime.weakref.PWeakRef;

/** Read-only data attributes of thread and weakref objects: {@code _ThreadHandle.ident}, {@code ref.__callback__}. */
public final class ThreadFields {
    private ThreadFields() {
    }

    public static boolean has(Object object, String name) {
        return object instanceof PThreadHandle && name.equals("ident")
                        || object instanceof PWeakRef && name.equals("__callback__");
    }

    public static Object get(Object object, String name) {
        if (object instanceof PThreadHandle h) {
            return h.getIdent();
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
        } else if (value instanceof taipan.runtime.weakref.PWeakProxy proxy) {
            Object referent = proxy.get();
            String at = "<weakproxy at 0x" + Long.toHexString(taipan.runtime.object.ObjectRepr.identityHash(proxy));
            return referent == null ? at + "; dead>" : at + "; to '" + taipan.runtime.object.Repr.typeName(referent)
                            + "' at 0x" + Long.toHexString(taipan.runtime.object.ObjectRepr.identityHash(referent)) + ">";
        }
        return null;
    }
}
