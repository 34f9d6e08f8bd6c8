package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The {@code (blocking=True, timeout=-1)} arguments of {@code acquire}, checked as CPython's lock_acquire_parse_args. */
final class LockArgs {
    private LockArgs() {
    }

    static boolean blocking(Object blocking) {
        if (blocking == PNone.NO_VALUE) {
            return true;
        } else if (blocking instanceof Boolean b) {
            return b;
        } else if (blocking instanceof Long n) {
            return n != 0;
        } else if (blocking instanceof Double d) {
            return d != 0;
        }
        return blocking != PNone.NONE;
    }

    /** The timeout in seconds, negative for "forever". */
    static double timeout(Node location, boolean blocking, Object timeout) {
        if (timeout == PNone.NO_VALUE) {
            return -1;
        }
        double seconds;
        if (timeout instanceof Long n) {
            seconds = n;
        } else if (timeout instanceof Double d) {
            seconds = d;
        } else if (timeout instanceof Boolean b) {
            seconds = b ? 1 : 0;
        } else if (timeout instanceof BigInteger) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "timeout value is too large");
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "'%s' object cannot be interpreted as an integer or float", PythonErrors.typeName(location, timeout));
        }
        if (!blocking && seconds != -1) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "can't specify a timeout for a non-blocking call");
        } else if (seconds < 0 && seconds != -1) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "timeout value must be a non-negative number");
        } else if (seconds * 1e9 >= 0x1p63) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "timestamp out of range for platform time_t");
        } else if (seconds > ThreadModuleBuiltins.TIMEOUT_MAX) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "timeout value is too large");
        }
        return seconds;
    }
}
