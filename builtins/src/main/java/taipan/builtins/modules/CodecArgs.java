package taipan.builtins.modules;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.types.BytesArgs;
import taipan.builtins.types.StrArgs;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.str.StrException;
import taipan.runtime.type.BuiltinType;

/** The argument conventions of {@code _codecs}' functions ({@code Modules/clinic/_codecsmodule.c.h}). */
final class CodecArgs {

    private CodecArgs() {
    }

    /** The {@code errors} argument: None or omitted means strict. */
    static String errors(Node location, Object value, String function, int position) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return "strict";
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() argument %d must be str or None, not %s",
                        function, position, PythonErrors.typeName(location, value));
    }

    /** A str argument's code points, or CPython's TypeError naming the function and position. */
    static int[] str(Node location, Object value, String function, int position) {
        if (value instanceof TruffleString s) {
            return StrCodePoints.toArray(s);
        } else if (value instanceof taipan.runtime.object.PBuiltinSubclassObject w && w.getValue() instanceof TruffleString s) {
            return StrCodePoints.toArray(s);
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() argument %d must be str, not %s", function,
                        position, PythonErrors.typeName(location, value));
    }

    static String text(Node location, Object value, String function, int position) {
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() argument %d must be str, not %s", function,
                        position, PythonErrors.typeName(location, value));
    }

    static byte[] bytes(Node location, Object value) {
        return BytesArgs.bytesLike(location, value);
    }

    static boolean flag(Node location, Object value, boolean absent) {
        if (value == PNone.NO_VALUE) {
            return absent;
        }
        return SlowCompare.isTrue(location, value);
    }

    static int integer(Node location, Object value, int absent) {
        if (value == PNone.NO_VALUE) {
            return absent;
        } else if (value instanceof Long l) {
            return (int) (long) l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(location, value));
    }

    /** The (str, consumed) pair a decoder returns. */
    static PTuple decoded(int[] codePoints, int consumed) {
        return new PTuple(new Object[]{StrCodePoints.fromArray(codePoints), (long) consumed});
    }

    /** The (bytes, consumed) pair an encoder returns. */
    static PTuple encoded(byte[] bytes, int consumed) {
        return new PTuple(new Object[]{new PBytes(bytes), (long) consumed});
    }

    static PException raise(Node location, StrException e) {
        return StrArgs.raise(location, e);
    }
}
