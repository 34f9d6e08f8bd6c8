package taipan.builtins.modules;

import java.util.LinkedHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _thread.interrupt_main}, {@code _thread._excepthook} and its {@code _ExceptHookArgs}. */
final class ThreadInterrupts {
    private ThreadInterrupts() {
    }

    /** Raises {@code KeyboardInterrupt} in the main thread at its next safepoint (also inside a blocking wait). */
    @TruffleBoundary
    static void interruptMain(PythonContext context) {
        Thread main = context.getThreads().getMainThread();
        context.getEnv().submitThreadLocal(new Thread[]{main}, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                PythonClass cls = context.getLanguage().getBuiltinClass(BuiltinType.KEYBOARD_INTERRUPT);
                throw new PException(new PBaseException(cls, new PTuple(new Object[0])), access.getLocation());
            }
        });
    }

    /** {@code _ExceptHookArgs([exc_type, exc_value, exc_traceback, thread])}: a namespace of the four. */
    @TruffleBoundary
    static Object exceptHookArgs(Node location, Object args) {
        Object[] items;
        if (args instanceof PTuple t) {
            items = t.getItems();
        } else if (args instanceof PList l) {
            items = l.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "_thread._ExceptHookArgs() argument must be a sequence");
        }
        if (items.length != 4) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", items.length);
        }
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("exc_type", items[0]);
        fields.put("exc_value", items[1]);
        fields.put("exc_traceback", items[2]);
        fields.put("thread", items[3]);
        return new PSimpleNamespace(fields);
    }

    /** The default {@code threading.excepthook}: "Exception in thread NAME:" and the exception, on stderr. */
    @TruffleBoundary
    static void exceptHook(Node location, Object args) {
        Object type = attribute(location, args, "exc_type");
        if (type instanceof PythonClass cls && cls.getSolidBase() == BuiltinType.SYSTEM_EXIT) {
            return;
        }
        Object thread = attribute(location, args, "thread");
        String name = thread == PNone.NONE ? String.valueOf(TaipanLanguage.get(null).threadState().ident())
                        : Repr.str(attribute(location, thread, "name"));
        Object value = attribute(location, args, "exc_value");
        write(location, "Exception in thread " + name + ":\n" + describe(type, value));
    }

    /** {@code sys.excepthook}'s default: the traceback header, then "Type: message". */
    @TruffleBoundary
    static void printException(Node location, Object type, Object value) {
        write(location, describe(type, value));
    }

    private static String describe(Object type, Object value) {
        String typeName = type instanceof PythonClass cls ? cls.getName() : Repr.str(type);
        String message = value instanceof PBaseException e ? Repr.exceptionStr(e) : Repr.str(value);
        return "Traceback (most recent call last):\n" + typeName + (message.isEmpty() ? "" : ": " + message) + "\n";
    }

    private static void write(Node location, String text) {
        var stderr = PythonContext.get(location).getStderr();
        PythonContext.get(location).getStdout().flush();
        stderr.write(text);
        stderr.flush();
    }

    private static Object attribute(Node location, Object object, String name) {
        Object getattr = PythonContext.get(location).getBuiltinsModule().getAttribute("getattr");
        return SlowCall.call(location, getattr, new Object[]{object, PyStrings.of(name)});
    }
}
