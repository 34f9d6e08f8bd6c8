package taipan.runtime.weakref;

import java.lang.ref.WeakReference;

/** {@code weakref.proxy}: a weak reference used in place of its referent ({@code ProxyType}/{@code CallableProxyType}). */
public final class PWeakProxy {
    private final WeakReference<Object> referent;
    private final Object callback;
    private final boolean callable;

    public PWeakProxy(Object target, Object callback, boolean callable) {
        this.referent = new WeakReference<>(target);
        this.callback = callback;
        this.callable = callable;
    }

    /** The referent, or null once collected. */
    public Object get() {
        return referent.get();
    }

    public Object getCallback() {
        return callback;
    }

    public boolean isCallable() {
        return callable;
    }
}
