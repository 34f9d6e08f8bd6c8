package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.bytes.CodecException;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrSearch;
import taipan.runtime.type.BuiltinType;

/**
 * Argument conversions of the str methods, and the one place where the str library's {@link StrException}s become
 * Python exceptions.
 */
public final class StrArgs {

    private StrArgs() {
    }

    /** A {@code start}/{@code end} slice bound: omitted or None gives {@code absent}. */
    static long bound(Node location, Object value, long absent) {
        if (value instanceof Long l) {
            return l;
        } else if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return absent;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        CompilerDirectives.transferToInterpreter();
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.SLICE_INDICES_MUST_BE_INTEGERS);
    }

    /** An int argument such as a width or a count ({@code absent} when omitted). */
    static long integer(Node location, Object value, long absent) {
        if (value instanceof Long l) {
            return l;
        } else if (value == PNone.NO_VALUE) {
            return absent;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        CompilerDirectives.transferToInterpreter();
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.INTEGER_EXPECTED,
                        PythonErrors.typeName(location, value));
    }

    /** A str argument of method {@code method} at position {@code position} (1-based), as CPython checks it. */
    static TruffleString str(Node location, Object value, String method, int position) {
        if (value instanceof TruffleString s) {
            return s;
        }
        CompilerDirectives.transferToInterpreter();
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MUST_BE_STR_NOT, method, position,
                        PythonErrors.typeName(location, value));
    }

    /** An optional str-or-None argument ({@code chars} of strip): null when omitted or None. */
    static TruffleString optionalStr(Node location, Object value, String method) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return null;
        } else if (value instanceof TruffleString s) {
            return s;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s arg must be None or str", method);
    }

    /** A str argument checked with CPython's bare message ("must be str, not int", as partition words it). */
    static TruffleString bareStr(Node location, Object value, String prefix) {
        if (value instanceof TruffleString s) {
            return s;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%smust be str, not %s", prefix,
                        PythonErrors.typeName(location, value));
    }

    /** The fill character of center/ljust/rjust: a str of length one ({@code absent} when omitted). */
    static TruffleString fillChar(Node location, Object value, TruffleString absent) {
        if (value == PNone.NO_VALUE) {
            return absent;
        } else if (value instanceof TruffleString s) {
            if (s.codePointLengthUncached(TruffleString.Encoding.UTF_32) != 1) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.FILL_CHARACTER_LENGTH);
            }
            return s;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.FILL_CHARACTER_TYPE,
                        PythonErrors.typeName(location, value));
    }

    /** {@code str.index}/{@code rindex}: the position a find returned, or ValueError "substring not found". */
    static long indexOrRaise(Node location, int found) {
        try {
            return StrSearch.index(found);
        } catch (StrException e) {
            throw raise(location, e);
        }
    }

    /** The Python exception for a str library failure. */
    public static PException raise(Node location, StrException e) {
        PException p = PythonErrors.byTypeName(location, e.getPythonType(), e.getMessage());
        if (e instanceof CodecException c && c.getDetails() != null) {
            setCodecFields(p, c.getDetails());
        }
        return p;
    }

    /** UnicodeError's attributes and args. */
    @TruffleBoundary
    private static void setCodecFields(PException p, Object[] details) {
        String[] names = {"encoding", "object", "start", "end", "reason"};
        Object[] args = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            Object v = details[i];
            args[i] = v instanceof String s ? PyStrings.of(s) : v;
            p.getPythonException().setField(names[i], args[i]);
        }
        // as CPython's: args are the five attributes, and str() builds the message from them
        p.getPythonException().setArgs(new taipan.runtime.object.PTuple(args));
    }
}
