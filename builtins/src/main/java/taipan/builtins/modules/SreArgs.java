package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PNone;
import taipan.runtime.sre.PSreMatch;
import taipan.runtime.sre.PSrePattern;
import taipan.runtime.sre.SreException;
import taipan.runtime.sre.SreMatch;
import taipan.runtime.sre.SrePattern;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** Subjects, slices, positions and errors of {@code _sre} as sre.c's state_init and getslice treat them. */
final class SreArgs {

    private SreArgs() {
    }

    /** Whether the subject is text (str or a str subclass) rather than a bytes-like object. */
    static boolean isText(Object string) {
        return PBuiltinSubclassObject.unwrap(string) instanceof TruffleString;
    }

    /** The subject's code points or byte values, checked against the pattern's kind. */
    @TruffleBoundary
    static int[] subject(Node node, PSrePattern pattern, Object string) {
        Object s = PBuiltinSubclassObject.unwrap(string);
        int[] cached = pattern.cachedUnits(s);
        if (cached != null) {
            return cached;
        }
        if (s instanceof TruffleString text) {
            if (pattern.getKind() == PSrePattern.Kind.BYTES) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "cannot use a bytes pattern on a string-like object");
            }
            int[] units = StrCodePoints.toArray(text);
            pattern.cacheUnits(s, units);
            return units;
        }
        byte[] bytes = bytesOrNull(s);
        if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected string or bytes-like object, got '%s'",
                            PythonErrors.typeName(node, string));
        }
        if (pattern.getKind() == PSrePattern.Kind.STR) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "cannot use a string pattern on a bytes-like object");
        }
        int[] units = SrePattern.bytes(bytes);
        if (s instanceof PBytes) {
            pattern.cacheUnits(s, units);
        }
        return units;
    }

    /** The bytes of a bytes-like object, or null. */
    static byte[] bytesOrNull(Object value) {
        Object v = PBuiltinSubclassObject.unwrap(value);
        if (v instanceof PBytesLike b) {
            return b.toByteArray();
        } else if (v instanceof PMemoryView m) {
            return m.toBytes();
        }
        return null;
    }

    /** getslice: subject[start:end] as str for any text, as bytes for any bytes-like object. */
    @TruffleBoundary
    static Object slice(Object string, int[] subject, int start, int end) {
        Object s = PBuiltinSubclassObject.unwrap(string);
        if (s instanceof TruffleString text) {
            if (start == 0 && end == subject.length && string == s) {
                return text;
            }
            return text.substringUncached(start, end - start, StrCodePoints.UTF32, true);
        }
        byte[] bytes = new byte[end - start];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) subject[start + i];
        }
        return new PBytes(bytes);
    }

    /** Text or bytes from code units, of the subject's kind. */
    @TruffleBoundary
    static Object fromUnits(boolean text, int[] units) {
        if (text) {
            return StrCodePoints.fromArray(units);
        }
        byte[] bytes = new byte[units.length];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) units[i];
        }
        return new PBytes(bytes);
    }

    /** The text of group g of a match, or absent when the group did not take part. */
    static Object group(PSreMatch m, int g, Object absent) {
        SreMatch match = m.getMatch();
        int start = match.start(g);
        if (start < 0) {
            return absent;
        }
        return slice(m.getString(), m.getSubject(), start, match.end(g));
    }

    /** A pos/endpos argument: Py_ssize_t, omitted gives absent. */
    static long position(Node node, Object value, long absent) {
        return value == PNone.NO_VALUE ? absent : NumberArgs.asLong(node, value);
    }

    /** A new Match object, or None for no match. */
    static Object newMatch(Node node, PSrePattern pattern, Object string, int[] subject, SreMatch match) {
        if (match == null) {
            return PNone.NONE;
        }
        TaipanLanguage language = TaipanLanguage.get(node);
        return new PSreMatch(language.getBuiltinClass(BuiltinType.SRE_MATCH).getInstanceShape(), match, pattern, string,
                        subject);
    }

    /** The Python exception for an engine failure. */
    @TruffleBoundary
    static PException engineError(Node node, SreException e) {
        BuiltinType type = switch (e.kind()) {
            case INVALID_CODE, INTERNAL -> BuiltinType.RUNTIME_ERROR;
            case CODE_OVERFLOW -> BuiltinType.OVERFLOW_ERROR;
            case MEMORY -> BuiltinType.MEMORY_ERROR;
            case INTERRUPTED -> BuiltinType.KEYBOARD_INTERRUPT;
            case INVALID_TEMPLATE -> BuiltinType.TYPE_ERROR;
            case NO_SUCH_GROUP -> BuiltinType.INDEX_ERROR;
        };
        return PythonErrors.raise(node, type, "%s", e.getMessage());
    }

    /** A repr cut to at most max code points, as CPython's {@code %.200R}. */
    @TruffleBoundary
    static String cut(String repr, int max) {
        int count = repr.codePointCount(0, repr.length());
        return count <= max ? repr : repr.substring(0, repr.offsetByCodePoints(0, max));
    }

    /** PyIndex_Check: an int, or an object with {@code __index__}. */
    static boolean hasIndex(Node node, Object value) {
        return value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger ||
                        (!(value instanceof TruffleString) && !(value instanceof PBuiltinSubclassObject o && o.getValue() instanceof TruffleString) &&
                                        SpecialMethods.lookup(node, value, "__index__") != null);
    }
}
