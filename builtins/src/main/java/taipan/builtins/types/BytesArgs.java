package taipan.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.BytesContains;
import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrIndices;
import taipan.runtime.type.BuiltinType;

/** Argument conversions of the bytes and bytearray methods, and their list results. */
public final class BytesArgs {

    private BytesArgs() {
    }

    /** A bytes-like argument's bytes (copied), or TypeError "a bytes-like object is required, not 'str'". */
    public static byte[] bytesLike(Node location, Object value) {
        if (value instanceof PBytesLike b) {
            return b.toByteArray();
        } else if (value instanceof taipan.runtime.bytes.PMemoryView m) {
            return m.toBytes();
        }
        throw BytesContains.notBytesLike(location, value);
    }

    /** bytes-like or None (strip's chars, split's sep): null for None or omitted. */
    static byte[] optionalBytes(Node location, Object value) {
        return value == PNone.NO_VALUE || value == PNone.NONE ? null : bytesLike(location, value);
    }

    /** The needle of find/count/index: a bytes-like object or an int byte value. */
    static byte[] needle(Node location, Object value) {
        if (value instanceof Long l) {
            return new byte[]{(byte) BytesContains.byteValue(location, l)};
        } else if (value instanceof PBytesLike b) {
            return b.toByteArray();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                        "argument should be integer or bytes-like object, not '%s'", PythonErrors.typeName(location,
                                        value));
    }

    /** The adjusted {@code [start, end)} of a search in {@code self}, packed as {@link StrIndices#slice} packs it. */
    static int[] range(Node location, PBytesLike self, Object start, Object end) {
        int n = self.length();
        long s = StrArgs.bound(location, start, 0);
        long e = StrArgs.bound(location, end, Long.MAX_VALUE);
        return new int[]{StrIndices.start(s, n), StrIndices.end(e, n)};
    }

    /** A list of results of {@code self}'s type. */
    @TruffleBoundary
    static PList list(PBytesLike self, List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = BytesOps.wrap(self, parts.get(i));
        }
        return new PList(items);
    }

    /** The text of an encoding or errors argument ({@code what} names it in the TypeError). */
    static String text(Node location, Object value, String function, String what, String absent) {
        if (value == PNone.NO_VALUE) {
            return absent;
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() argument '%s' must be str, not %s", function,
                        what, PythonErrors.typeName(location, value));
    }

    /** The Python exception for a codec or bytes library failure. */
    static RuntimeException raise(Node location, StrException e) {
        return StrArgs.raise(location, e);
    }
}
