package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.call.SlowCall;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PythonObject;
import taipan.runtime.thread.PThreadLocal;

/** Attribute access on a {@code _thread._local}: the current thread's storage object stands in for it. */
public final class ThreadLocalAttributes {
    private ThreadLocalAttributes() {
    }

    /** The current thread's storage, made and initialised (a subclass's {@code __init__}) on its first use. */
    @TruffleBoundary
    public static PythonObject storage(Node location, PThreadLocal local) {
        PythonObject mine = local.existingStorage();
        if (mine == null) {
            mine = local.createStorage();
            Object init = local.getPythonClass().lookup("__init__");
            if (init instanceof PFunction) {
                SlowCall.call(location, init, SlowCall.prepend(local, local.getArgs()), local.getKeywordNames(),
                                local.getKeywords());
            }
        }
        return mine;
    }

    @TruffleBoundary
    static Object get(Node location, PThreadLocal local, String name) {
        if (name.equals("__class__")) {
            return local.getPythonClass();
        }
        return ObjectAttributes.getInstanceAttribute(location, storage(location, local), name);
    }

    @TruffleBoundary
    static void set(Node location, PThreadLocal local, String name, Object value) {
        ObjectAttributes.setInstanceAttribute(location, storage(location, local), name, value);
    }
}
