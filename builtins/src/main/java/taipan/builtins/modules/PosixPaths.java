package taipan.builtins.modules;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * Path arguments of the posix functions, as CPython's {@code path_converter}: a str, bytes or {@code os.PathLike};
 * file access goes through Truffle's file system, so an embedder's I/O policy holds.
 */
final class PosixPaths {

    /** A converted path: the Java text, the object to name in errors, and whether results are bytes. */
    record PathArg(String text, Object original, boolean bytes) {
    }

    private PosixPaths() {
    }

    @TruffleBoundary
    static PathArg path(Node location, Object value, String function, String argument, boolean allowNone) {
        if (allowNone && (value == PNone.NO_VALUE || value == PNone.NONE)) {
            return new PathArg(".", PyStrings.of("."), false);
        }
        if (value instanceof TruffleString s) {
            String text = s.toJavaStringUncached();
            checkNul(location, text, function);
            return new PathArg(text, value, false);
        } else if (value instanceof PBytes b) {
            String text = new String(b.array(), StandardCharsets.UTF_8);
            checkNul(location, text, function);
            return new PathArg(text, value, true);
        }
        Object fspath = value instanceof taipan.runtime.object.PythonObject ? UncachedCalls.callSpecial(value, "__fspath__")
                        : null;
        if (fspath instanceof TruffleString || fspath instanceof PBytes) {
            PathArg inner = path(location, fspath, function, argument, false);
            return new PathArg(inner.text(), value, inner.bytes());
        }
        // stat and listdir also take a descriptor (Linux CPython names it in the message)
        boolean takesFd = function.equals("stat") || function.equals("listdir");
        String kinds = takesFd ? (allowNone ? "string, bytes, os.PathLike, integer or None"
                        : "string, bytes, os.PathLike or integer") : "string, bytes or os.PathLike";
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s: %s should be %s, not %s", function, argument,
                        kinds, PythonErrors.typeName(location, value));
    }

    private static void checkNul(Node location, String text, String function) {
        if (text.indexOf('\0') >= 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s: embedded null character in path", function);
        }
    }

    @TruffleBoundary
    static TruffleFile file(Node location, PathArg path) {
        // absolute against the context's working directory: an embedder's (or the test runner's) may differ from
        // the JVM's, and attribute reads with NOFOLLOW_LINKS must see the same file as the rest
        return PythonContext.get(location).getEnv().getPublicTruffleFile(path.text()).getAbsoluteFile();
    }

    /** A file name in the kind of the argument it came from: str for str, bytes for bytes. */
    @TruffleBoundary
    static Object name(String text, boolean bytes) {
        return bytes ? new PBytes(text.getBytes(StandardCharsets.UTF_8)) : PyStrings.of(text);
    }
}
