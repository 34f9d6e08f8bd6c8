package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** A UnicodeEncodeError: the message of its {@code __str__} plus the attributes Python code can read. */
public final class StrEncodeException extends StrException {

    private static final long serialVersionUID = 1L;

    private final String encoding;
    private final transient TruffleString object;
    private final int start;
    private final int end;
    private final String reason;

    private StrEncodeException(String encoding, TruffleString object, int start, int end, String reason, String message) {
        super("UnicodeEncodeError", message);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** {@code UnicodeEncodeError.__str__}: one character is named, a longer range is given by position. */
    @TruffleBoundary
    static StrEncodeException create(String encoding, TruffleString object, int[] cps, int start, int end, String reason) {
        String message;
        if (end - start == 1) {
            message = String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, StrRepr.backslashEscape(cps[start]), start, reason);
        } else {
            message = String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1, reason);
        }
        return new StrEncodeException(encoding, object, start, end, reason, message);
    }

    public String getEncoding() {
        return encoding;
    }

    public TruffleString getObject() {
        return object;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getReason() {
        return reason;
    }
}
