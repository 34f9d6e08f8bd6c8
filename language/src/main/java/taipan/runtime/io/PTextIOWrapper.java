package taipan.runtime.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * {@code _io.TextIOWrapper} (CPython's {@code Modules/_io/textio.c}): text over a binary buffer. Read text is kept
 * decoded but not yet newline-translated ({@code decoded[pos, length)}, plus the bytes of an incomplete character),
 * so {@code tell()} can count back from the buffer's position; written text is encoded into pending bytes that
 * go to the buffer in chunks. The standard streams write straight to the context's {@link PythonOutput}.
 */
public final class PTextIOWrapper extends PythonObject {

    private Object buffer;
    private String encoding = "utf-8";
    private String errors = "strict";
    /** The {@code newline} argument: null for None (universal, translated), "", "\n", "\r" or "\r\n". */
    private String newline;
    private boolean lineBuffering;
    private boolean writeThrough;
    private int[] decoded = new int[0];
    private int decodedPos;
    private int decodedLength;
    private byte[] undecoded = new byte[0];
    private boolean eof;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private PythonOutput direct;
    private boolean detached;
    private boolean ready;
    private boolean readable = true;
    private boolean writable = true;

    public PTextIOWrapper(Shape shape) {
        super(shape);
    }

    public void init(Object buf, String enc, String err, String nl, boolean lineBuf, boolean through) {
        this.buffer = buf;
        this.encoding = enc;
        this.errors = err;
        this.newline = nl;
        this.lineBuffering = lineBuf;
        this.writeThrough = through;
        resetDecoder();
        pending.reset();
        this.detached = false;
        this.ready = true;
    }

    /** Whether the buffer could read and write when wrapped: CPython makes a decoder and an encoder only then. */
    public void setCapabilities(boolean read, boolean write) {
        this.readable = read;
        this.writable = write;
    }

    public boolean isReadable() {
        return readable;
    }

    public boolean isWritable() {
        return writable;
    }

    public void setDirect(PythonOutput out) {
        this.direct = out;
    }

    /** The context's output stream this standard stream writes to directly, or null. */
    public PythonOutput getDirect() {
        return direct;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isDetached() {
        return detached;
    }

    public Object detach() {
        detached = true;
        Object b = buffer;
        buffer = null;
        return b;
    }

    public Object getBuffer() {
        return buffer;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getErrors() {
        return errors;
    }

    public String getNewline() {
        return newline;
    }

    public boolean isLineBuffering() {
        return lineBuffering;
    }

    public boolean isWriteThrough() {
        return writeThrough;
    }

    public void reconfigure(String enc, String err, String nl, boolean lineBuf, boolean through) {
        this.encoding = enc;
        this.errors = err;
        this.newline = nl;
        this.lineBuffering = lineBuf;
        this.writeThrough = through;
    }

    /** Whether reading splits lines at \r and \r\n as well as \n. */
    public boolean readUniversal() {
        return newline == null || newline.isEmpty();
    }

    /** Whether reading turns \r and \r\n into \n. */
    public boolean readTranslate() {
        return newline == null;
    }

    /** What a written "\n" becomes, or null when it stays. */
    public String writeNewline() {
        return newline == null || newline.isEmpty() || newline.equals("\n") ? null : newline;
    }

    public void resetDecoder() {
        decoded = new int[0];
        decodedPos = 0;
        decodedLength = 0;
        undecoded = new byte[0];
        eof = false;
    }

    public boolean isEof() {
        return eof;
    }

    public void setEof() {
        eof = true;
    }

    public byte[] getUndecoded() {
        return undecoded;
    }

    public void setUndecoded(byte[] tail) {
        undecoded = tail;
    }

    public int available() {
        return decodedLength - decodedPos;
    }

    /** The code point {@code i} places past the read position. */
    public int peek(int i) {
        return decoded[decodedPos + i];
    }

    public void skip(int n) {
        decodedPos += n;
    }

    /** The next {@code n} decoded code points, consumed. */
    public int[] take(int n) {
        int[] result = Arrays.copyOfRange(decoded, decodedPos, decodedPos + n);
        decodedPos += n;
        return result;
    }

    /** The decoded code points not yet read (for {@code tell}). */
    public int[] unread() {
        return Arrays.copyOfRange(decoded, decodedPos, decodedLength);
    }

    public void append(int[] cps) {
        int left = available();
        int[] merged = new int[left + cps.length];
        System.arraycopy(decoded, decodedPos, merged, 0, left);
        System.arraycopy(cps, 0, merged, left, cps.length);
        decoded = merged;
        decodedPos = 0;
        decodedLength = merged.length;
    }

    public void addPending(byte[] bytes) {
        pending.write(bytes, 0, bytes.length);
    }

    public int pendingSize() {
        return pending.size();
    }

    public byte[] takePending() {
        byte[] result = pending.toByteArray();
        pending.reset();
        return result;
    }
}
