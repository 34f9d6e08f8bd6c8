package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.thread.Unraisable;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.runtime.weakref.PWeakRef;
import taipan.runtime.weakref.WeakRefs;

/** Making weak references, and running their callbacks on a guest thread at a safepoint (DESIGN §6). */
final class WeakRefSupport {
    private WeakRefSupport() {
    }

    /** {@code ref(ob, callback)} for {@code cls} (ref or a subclass); callback-less plain refs are shared. */
    @TruffleBoundary
    static PWeakRef newRef(Node location, Object clsObject, Object ob, Object callback) {
        if (!(clsObject instanceof PythonClass cls)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "weakref.__new__(X): X is not a type object");
        }
        checkWeakrefable(location, ob);
        PythonContext context = PythonContext.get(location);
        WeakRefs refs = context.getWeakRefs();
        boolean noCallback = callback == PNone.NO_VALUE || callback == PNone.NONE;
        if (noCallback && cls.getBuiltinType() == BuiltinType.WEAKREF) {
            for (PWeakRef existing : refs.refsTo(ob)) {
                if (existing.getPythonClass() == cls && existing.getCallback() == null && existing.get() == ob) {
                    return existing;
                }
            }
        }
        PWeakRef ref = new PWeakRef(cls.getInstanceShape(), ob, callback, refs.getCallbackQueue());
        refs.register(ob, ref);
        if (!noCallback) {
            refs.startWatcher(() -> wake(context), () -> runCallbacks(context, 0));
        }
        return ref;
    }

    /** CPython's types without {@code tp_weaklistoffset}: small values, strings, tuples, lists, dicts... */
    static void checkWeakrefable(Node location, Object ob) {
        if (ob instanceof PythonObject o) {
            if (!o.getPythonClass().isBuiltin() && !o.getPythonClass().hasInstanceWeakref()) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot create weak reference to '%s' object",
                                PythonErrors.typeName(location, ob));
            }
            return;
        }
        BuiltinType type = PythonTypes.builtinTypeOf(ob);
        switch (type) {
            case INT, BOOL, FLOAT, COMPLEX, STR, TUPLE, LIST, DICT, BYTES, BYTEARRAY, NONE_TYPE, NOT_IMPLEMENTED_TYPE,
                            ELLIPSIS_TYPE, RANGE, SLICE, OBJECT, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER, METHOD, CELL, LOCK, THREAD_HANDLE,
                            WEAKPROXY, WEAKCALLABLEPROXY -> throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                            "cannot create weak reference to '%s' object",
                                            PythonErrors.typeName(location, ob));
            default -> {
            }
        }
    }

    /** Asks every guest thread to run pending callbacks at its next safepoint (the first one to get there does). */
    private static void wake(PythonContext context) {
        try {
            context.getEnv().submitThreadLocal(null, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    context.getWeakRefs().drainDeferred();
                }
            });
        } catch (RuntimeException closing) {
            // the context is closing: its callbacks will not run, as in CPython at exit
        }
    }

    /** Runs the callbacks of dead referents, waiting up to {@code waitMillis} for the collector to report them. */
    @TruffleBoundary
    static void runCallbacks(PythonContext context, long waitMillis) {
        context.getWeakRefs().runCallbacks(ref -> {
            Object callback = WeakRefs.takeCallback(ref);
            if (callback != null) {
                try {
                    SlowCall.call(null, callback, new Object[]{ref});
                } catch (PException e) {
                    Unraisable.report(context.getStderr(), "Exception ignored in", callback, e);
                }
            }
        }, waitMillis);
    }
}
