package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.PZlibStream;
import taipan.runtime.hash.PZlibStream.ZlibException;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** Argument conversions and errors of {@code zlib} (CPython's {@code Modules/zlibmodule.c}). */
final class ZlibArgs {

    private ZlibArgs() {
    }

    /** An unsigned int argument taken modulo 2**32 (Argument Clinic's {@code unsigned_int(bitwise=True)}). */
    @TruffleBoundary
    static long unsigned32(Node node, Object value, long absent) {
        if (value == PNone.NO_VALUE) {
            return absent;
        }
        Object n = NumberArgs.index(node, value);
        return (n instanceof Long l ? l : ((BigInteger) n).longValue()) & 0xFFFFFFFFL;
    }

    static long integer(Node node, Object value, long absent) {
        return value == PNone.NO_VALUE ? absent : NumberArgs.asLong(node, value);
    }

    /** The framing of {@code wbits}; ValueError "Invalid initialization option" (compression) otherwise. */
    static int format(Node node, Object wbits, boolean decompress) {
        int format = PZlibStream.format(integer(node, wbits, 15), decompress);
        if (format < 0) {
            throw decompress ? error(node, "Error -2 while preparing to decompress data: inconsistent stream state")
                            : PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Invalid initialization option");
        }
        return format;
    }

    static RuntimeException error(Node node, String message) {
        return PythonErrors.raise(node, BuiltinType.ZLIB_ERROR, message);
    }

    /** zlib.error "Error N while WHAT: message", as CPython's {@code zlib_error}. */
    static RuntimeException error(Node node, ZlibException e, String what) {
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            message = switch (e.code) {
                case -5 -> "incomplete or truncated stream";
                case -2 -> "inconsistent stream state";
                case -3 -> "invalid input data";
                default -> "library error";
            };
        }
        return error(node, "Error " + e.code + " while " + what + ": " + message);
    }

    static int level(Node node, Object level) {
        long n = integer(node, level, -1);
        if (n < -1 || n > 9) {
            throw error(node, "Bad compression level");
        }
        return (int) n;
    }

    static byte[] zdict(Node node, Object zdict) {
        return zdict == PNone.NO_VALUE || zdict == PNone.NONE ? null : NativeBufferArgs.bytes(node, zdict);
    }
}
