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
}
