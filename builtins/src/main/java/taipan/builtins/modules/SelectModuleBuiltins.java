package taipan.builtins.modules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.Readiness;
import taipan.runtime.type.BuiltinType;

/** The {@code select} module (CPython's {@code Modules/selectmodule.c}): {@code select} and {@code poll}. */
@CoreFunctions(defineModule = "select")
public final class SelectModuleBuiltins {

    private SelectModuleBuiltins() {
    }

    /** A descriptor argument: an int, or an object whose {@code fileno()} gives one. */
    @TruffleBoundary
    static int fd(Node node, Object value) {
        Object number = value;
        if (!(value instanceof Long || value instanceof Boolean)) {
            Object fileno;
            try {
                fileno = ObjectAttributes.getAttribute(node, value, "fileno");
            } catch (taipan.runtime.exception.PException e) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                "argument must be an int, or have a fileno() method.");
            }
            number = SlowCall.call(node, fileno, new Object[0]);
            if (!(number instanceof Long)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "fileno() returned a non-integer");
            }
        }
        long fd = NumberArgs.asLong(node, number);
        if (fd < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                            "file descriptor cannot be a negative integer (%d)", fd);
        }
        return (int) fd;
    }

    @TruffleBoundary
    static Map<Integer, Integer> awaitReady(Node node, Map<Integer, Integer> interest, long millis) {
        try {
            return Readiness.poll(PythonContext.get(node).getFileDescriptors(), interest, millis);
        } catch (IOException e) {
            throw SocketArgs.error(node, e);
        }
    }

    @Builtin(name = "select", parameterNames = {"rlist", "wlist", "xlist", "timeout"}, minNumOfPositionalArgs = 3)
    abstract static class SelectNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            List<List<Object>> lists = new ArrayList<>();
            Map<Integer, Integer> interest = new LinkedHashMap<>();
            for (int i = 0; i < 3; i++) {
                List<Object> items = List.of(((PTuple) SlowCall.call(this, TaipanLanguage.get(this).getBuiltinClass(BuiltinType.TUPLE),
                                new Object[]{arguments[i]})).getItems());
                lists.add(items);
                for (Object item : items) {
                    int bits = i == 0 ? Readiness.POLLIN : i == 1 ? Readiness.POLLOUT : 0;
                    interest.merge(fd(this, item), bits, (a, b) -> a | b);
                }
            }
            long millis = -1;
            Object timeout = arguments[3];
            if (timeout != PNone.NO_VALUE && timeout != PNone.NONE) {
                double seconds = timeout instanceof Double d ? d : NumberArgs.asLong(this, timeout);
                if (seconds < 0) {
                    throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "timeout must be non-negative");
                }
                millis = (long) Math.ceil(seconds * 1000);
            }
            Map<Integer, Integer> ready = awaitReady(this, interest, millis);
            Object[] result = new Object[3];
            for (int i = 0; i < 3; i++) {
                List<Object> chosen = new ArrayList<>();
                int bit = i == 0 ? Readiness.POLLIN | Readiness.POLLNVAL : i == 1 ? Readiness.POLLOUT : 0;
                for (Object item : lists.get(i)) {
                    Integer events = ready.get(fd(this, item));
                    if (events != null && (events & bit) != 0) {
                        chosen.add(item);
                    }
                }
                result[i] = new PList(chosen.toArray());
            }
            return new PTuple(result);
        }
    }

    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        Object[] pairs = {"POLLIN", 1, "POLLPRI", 2, "POLLOUT", 4, "POLLERR", 8, "POLLHUP", 16, "POLLNVAL", 32,
            "POLLRDNORM", 64, "POLLRDBAND", 128, "POLLWRNORM", 256, "POLLWRBAND", 512, "POLLMSG", 1024,
            "POLLRDHUP", 8192, "PIPE_BUF", 4096};
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        values.put("error", language.getBuiltinClass(BuiltinType.OS_ERROR));
        return values;
    }
}
