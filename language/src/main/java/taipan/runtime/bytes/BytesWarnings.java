package taipan.runtime.bytes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code -b}/{@code -bb}: CPython's BytesWarning on {@code str()} of bytes and on comparing bytes with str. With
 * {@code -b} it goes through {@code warnings.warn} (shown once per place, as CPython's {@code default::BytesWarning}
 * filter); with {@code -bb} it is raised, as CPython's {@code error::BytesWarning} filter makes it.
 */
public final class BytesWarnings {

    private BytesWarnings() {
    }

    /** {@code str(value)} of a bytes or bytearray. */
    public static void onStr(Node location, Object value) {
        if (PythonContext.get(location).getBytesWarning() > 0) {
            issue(location, value instanceof PByteArray ? "str() on a bytearray instance" : "str() on a bytes instance");
        }
    }

    /** {@code a == b} or {@code a != b}: a warning when one is bytes-like and the other a str. */
    public static void onEquality(Node location, Object a, Object b) {
        if ((a instanceof PBytesLike && b instanceof TruffleString || b instanceof PBytesLike && a instanceof TruffleString)
                        && PythonContext.get(location).getBytesWarning() > 0) {
            Object bytes = a instanceof PBytesLike ? a : b;
            issue(location, bytes instanceof PByteArray ? "Comparison between bytearray and string"
                            : "Comparison between bytes and string");
        }
    }

    @TruffleBoundary
    private static void issue(Node location, String message) {
        PythonContext context = PythonContext.get(location);
        if (context.getBytesWarning() > 1) {
            throw PythonErrors.raise(location, BuiltinType.BYTES_WARNING, "%s", message);
        }
        Object importer = context.getBuiltinsModule().getAttribute("__import__");
        Object warnings = UncachedCalls.call(importer, PyStrings.of("warnings"));
        Object warn = ((taipan.runtime.module.PythonModule) warnings).getAttribute("warn");
        Object category = context.getLanguage().getBuiltinClass(BuiltinType.BYTES_WARNING);
        // the warning names the line of the operation: the node issuing it stands for the frame's current location
        com.oracle.truffle.api.nodes.EncapsulatingNodeReference current =
                        com.oracle.truffle.api.nodes.EncapsulatingNodeReference.getCurrent();
        Node previous = location != null && location.isAdoptable() ? current.set(location) : null;
        try {
            UncachedCalls.call(warn, PyStrings.of(message), category, 1L);
        } finally {
            if (location != null && location.isAdoptable()) {
                current.set(previous);
            }
        }
    }
}
