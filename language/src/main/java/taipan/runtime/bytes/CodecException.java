package taipan.runtime.bytes;

import taipan.runtime.str.StrException;

/** A codec failure: UnicodeEncodeError, UnicodeDecodeError or LookupError with CPython's message. */
public final class CodecException extends StrException {

    private static final long serialVersionUID = 1L;

    /** The attributes of a UnicodeEncodeError/UnicodeDecodeError (null otherwise): encoding, object, start, end, reason. */
    private final transient Object[] details;

    public CodecException(String pythonType, String message) {
        this(pythonType, message, null);
    }

    private CodecException(String pythonType, String message, Object[] details) {
        super(pythonType, message);
        this.details = details;
    }

    /** {encoding, object, start, end, reason} for the exception's attributes, or null. */
    public Object[] getDetails() {
        return details;
    }

    static CodecException unknownEncoding(String encoding) {
        return new CodecException("LookupError", "unknown encoding: " + encoding);
    }

    static CodecException unknownHandler(String errors) {
        return new CodecException("LookupError", "unknown error handler name '" + errors + "'");
    }

    /** {@code UnicodeDecodeError.__str__}: one byte is named, a longer range is given by position. */
    public static CodecException decodeError(String codec, byte[] b, int start, int end, String reason) {
        String message;
        if (end - start == 1) {
            message = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start] & 0xFF,
                            start, reason);
        } else {
            message = String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end - 1,
                            reason);
        }
        Object[] details = {codec, new PBytes(java.util.Arrays.copyOf(b, b.length)), (long) start, (long) end, reason};
        return new CodecException("UnicodeDecodeError", message, details);
    }

    /** {@code UnicodeEncodeError.__str__}. */
    public static CodecException encodeError(String codec, int[] cps, int start, int end, String reason) {
        String message;
        if (end - start == 1) {
            message = String.format("'%s' codec can't encode character '%s' in position %d: %s", codec,
                            escape(cps[start]), start, reason);
        } else {
            message = String.format("'%s' codec can't encode characters in position %d-%d: %s", codec, start,
                            end - 1, reason);
        }
        Object[] details = {codec, taipan.runtime.str.StrCodePoints.fromArray(cps), (long) start, (long) end, reason};
        return new CodecException("UnicodeEncodeError", message, details);
    }

    private static String escape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
}
