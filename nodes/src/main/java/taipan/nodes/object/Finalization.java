package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;

import taipan.language.PythonContext;
import taipan.nodes.attribute.Descriptors;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PException;
import taipan.runtime.object.FinalizableObject;
import taipan.runtime.object.Finalizers;
import taipan.runtime.object.PythonObject;
import taipan.runtime.thread.Unraisable;
import taipan.runtime.type.PythonClass;

/**
 * Instances of classes with {@code __del__}: made as {@link FinalizableObject}s, and their {@code __del__} called on a
 * guest thread at a safepoint once the collector has found them unreachable (DESIGN §6).
 */
public final class Finalization {
    private Finalization() {
    }

    /** A new plain instance of the user class {@code cls} (what {@code object.__new__(cls)} makes). */
    public static PythonObject newInstance(PythonClass cls) {
        if (cls.hasFinalizer()) {
            return newFinalizable(cls);
        }
        return new PythonObject(cls.getInstanceShape());
    }

    @TruffleBoundary
    private static PythonObject newFinalizable(PythonClass cls) {
        PythonContext context = PythonContext.get(null);
        Finalizers finalizers = context.getFinalizers();
        if (!finalizers.isUsed()) {
            finalizers.install(() -> wake(context), object -> callDel(context, object));
        }
        return new FinalizableObject(cls.getInstanceShape(), finalizers);
    }

    /** Asks every guest thread to run the queued finalizers at its next safepoint (the first one there does). */
    private static void wake(PythonContext context) {
        try {
            context.getEnv().submitThreadLocal(null, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    context.getFinalizers().runPending();
                }
            });
        } catch (RuntimeException closing) {
            // the context is closing: as at CPython's exit, what is left is not finalized
        }
    }

    /** {@code type(object).__del__(object)}; an exception is reported as CPython's "Exception ignored in". */
    @TruffleBoundary
    private static void callDel(PythonContext context, PythonObject object) {
        PythonClass cls = object.getPythonClass();
        Object del = cls.lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            SlowCall.call(null, Descriptors.bind(null, del, object, cls), new Object[0]);
        } catch (PException e) {
            context.getStdout().flush();
            Unraisable.report(context.getStderr(), "Exception ignored in", del, e);
        }
    }
}
