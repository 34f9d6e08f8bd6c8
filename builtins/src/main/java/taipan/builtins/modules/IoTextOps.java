package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.CodecDecoder;
import taipan.runtime.bytes.CodecEncoder;
import taipan.runtime.bytes.CodecException;
import taipan.runtime.bytes.CodecNames;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PBuffered;
import taipan.runtime.io.PTextIOWrapper;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.str.StrException;
import taipan.runtime.type.BuiltinType;

/**
 * The logic of {@code TextIOWrapper} (CPython's {@code Modules/_io/textio.c}): decoding chunks of the buffer
 * (keeping an incomplete character's bytes for the next chunk), reading with newline translation, encoding
 * writes into pending bytes, and {@code tell}/{@code seek} as byte positions (exact for stateless codecs).
 */
final class IoTextOps {

    static final int CHUNK_SIZE = 8192;

    private IoTextOps() {
    }

    static PTextIOWrapper check(Node node, PTextIOWrapper self) {
        if (!self.isReady()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, self.isDetached()
                            ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        }
        if (self.isDetached()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "underlying buffer has been detached");
        }
        return self;
    }

    static PTextIOWrapper checkReadable(Node node, PTextIOWrapper self) {
        if (!checkOpen(node, self).isReadable()) {
            throw IoArgs.unsupported(node, "not readable");
        }
        return self;
    }

    static PTextIOWrapper checkWritable(Node node, PTextIOWrapper self) {
        if (!checkOpen(node, self).isWritable()) {
            throw IoArgs.unsupported(node, "not writable");
        }
        return self;
    }

    static PTextIOWrapper checkOpen(Node node, PTextIOWrapper self) {
        check(node, self);
        if (isClosed(node, self)) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "I/O operation on closed file.");
        }
        return self;
    }

    @TruffleBoundary
    static boolean isClosed(Node node, PTextIOWrapper self) {
        Object buffer = self.getBuffer();
        if (buffer instanceof PBuffered b && b.isReady() && !b.isDetached()) {
            return IoBufferedOps.isClosed(node, b);
        }
        return SlowCompare.isTrue(node, taipan.nodes.attribute.ObjectAttributes.getAttribute(node, buffer, "closed"));
    }

    /** The Python exception for a codec failure (UnicodeDecodeError and the like, with their attributes). */
    @TruffleBoundary
    static PException raise(Node node, StrException e) {
        PException p = PythonErrors.byTypeName(node, e.getPythonType(), e.getMessage());
        if (e instanceof CodecException c && c.getDetails() != null) {
            String[] names = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < names.length; i++) {
                Object v = c.getDetails()[i];
                p.getPythonException().setField(names[i], v instanceof String s ? PyStrings.of(s) : v);
            }
        }
        return p;
    }

    /** How many leading bytes of {@code b[0, n)} are whole characters of {@code codec}. */
    static int completePrefix(byte[] b, int n, String codec) {
        if (codec.equals(CodecNames.UTF8) || codec.equals(CodecNames.UTF8_SIG)) {
            for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
                int lead = b[i] & 0xFF;
                if ((lead & 0xC0) != 0x80) {
                    int length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 1;
                    return i + length > n ? i : n;
                }
            }
            return n;
        } else if (codec.startsWith("utf-16")) {
            int even = n - n % 2;
            boolean little = !codec.equals(CodecNames.UTF16BE);
            if (even >= 2) {
                int unit = little ? (b[even - 2] & 0xFF) | (b[even - 1] & 0xFF) << 8 : (b[even - 2] & 0xFF) << 8 | (b[even - 1] & 0xFF);
                if (unit >= 0xD800 && unit < 0xDC00) {
                    return even - 2;
                }
            }
            return even;
        } else if (codec.startsWith("utf-32")) {
            return n - n % 4;
        }
        return n;
    }

    /** Reads one chunk from the buffer and decodes it; false at the end of the stream. */
    @TruffleBoundary
    static boolean readChunk(Node node, PTextIOWrapper self) {
        if (self.isEof()) {
            return false;
        }
        byte[] data = readBuffer(node, self.getBuffer());
        byte[] tail = self.getUndecoded();
        byte[] all = new byte[tail.length + data.length];
        System.arraycopy(tail, 0, all, 0, tail.length);
        System.arraycopy(data, 0, all, tail.length, data.length);
        String codec = codec(self.getEncoding());
        int complete = data.length == 0 ? all.length : completePrefix(all, all.length, codec);
        try {
            int[] cps = CodecDecoder.decode(java.util.Arrays.copyOf(all, complete), complete, self.getEncoding(),
                            self.getErrors());
            self.append(cps);
        } catch (StrException e) {
            throw raise(node, e);
        }
        self.setUndecoded(java.util.Arrays.copyOfRange(all, complete, all.length));
        if (data.length == 0) {
            self.setEof();
            return false;
        }
        return true;
    }

    /** Decodes the rest of the stream in one piece, so a decoding error's positions are the ones CPython reports. */
    private static void readToEnd(Node node, PTextIOWrapper self) {
        if (self.isEof()) {
            return;
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] tail = self.getUndecoded();
        all.write(tail, 0, tail.length);
        for (byte[] data = readBuffer(node, self.getBuffer()); data.length > 0; data = readBuffer(node, self.getBuffer())) {
            all.write(data, 0, data.length);
        }
        self.setUndecoded(new byte[0]);
        self.setEof();
        try {
            self.append(CodecDecoder.decode(all.toByteArray(), all.size(), self.getEncoding(), self.getErrors()));
        } catch (StrException e) {
            throw raise(node, e);
        }
    }

    private static byte[] readBuffer(Node node, Object buffer) {
        if (buffer instanceof PBuffered b) {
            return IoBufferedOps.read1(node, IoBufferedOps.readable(node, b, "read of"), CHUNK_SIZE);
        }
        Object got;
        if (IoArgs.optionalAttribute(node, buffer, "read1") != null) {
            got = IoArgs.callMethod(node, buffer, "read1", (long) CHUNK_SIZE);
        } else {
            got = IoArgs.callMethod(node, buffer, "read", (long) CHUNK_SIZE);
        }
        if (got == PNone.NONE) {
            return new byte[0];
        }
        if (!(got instanceof taipan.runtime.bytes.PBytesLike) && !(got instanceof taipan.runtime.bytes.PMemoryView)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "underlying read1() should have returned a bytes-like object, not '%s'",
                            PythonErrors.typeName(node, got));
        }
        return IoArgs.bytes(node, got);
    }

    static String codec(String encoding) {
        String codec = CodecNames.lookup(encoding, false);
        return codec == null ? encoding : codec;
    }

    /** {@code read(n)}: {@code n} characters after newline translation, or everything when negative. */
    @TruffleBoundary
    static TruffleString read(Node node, PTextIOWrapper self, long n) {
        prepareRead(node, self);
        if (n < 0) {
            readToEnd(node, self);
            return translated(self, self.take(self.available()));
        }
        int[] out = new int[(int) Math.min(n, 1 << 16)];
        int size = 0;
        while (size < n) {
            if (self.available() == 0) {
                if (!readChunk(node, self) && self.available() == 0) {
                    break;
                }
                continue;
            }
            int c = self.peek(0);
            if (c == '\r' && self.readTranslate()) {
                if (self.available() < 2 && !self.isEof()) {
                    readChunk(node, self);
                    continue;
                }
                self.skip(self.available() >= 2 && self.peek(1) == '\n' ? 2 : 1);
                c = '\n';
            } else {
                self.skip(1);
            }
            if (size == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = c;
        }
        return StrCodePoints.fromArray(out, size);
    }

    private static TruffleString translated(PTextIOWrapper self, int[] cps) {
        if (!self.readTranslate()) {
            return StrCodePoints.fromArray(cps);
        }
        int size = 0;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\r') {
                if (i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
                cps[size++] = '\n';
            } else {
                cps[size++] = cps[i];
            }
        }
        return StrCodePoints.fromArray(cps, size);
    }

    /** Reading after writing: the pending bytes go to the buffer first. */
    private static void prepareRead(Node node, PTextIOWrapper self) {
        if (self.pendingSize() > 0) {
            flushPending(node, self);
        }
    }

    /** Where the line starting at the read position ends (past its terminator), or -1 if more text is needed. */
    private static int lineEnd(PTextIOWrapper self) {
        int available = self.available();
        String nl = self.getNewline();
        for (int i = 0; i < available; i++) {
            int c = self.peek(i);
            if (c == '\n' && (nl == null || nl.isEmpty() || nl.equals("\n"))) {
                return i + 1;
            } else if (c == '\r' && (nl == null || nl.isEmpty() || nl.equals("\r") || nl.equals("\r\n"))) {
                if (nl != null && nl.equals("\r")) {
                    return i + 1;
                }
                if (i + 1 < available) {
                    if (self.peek(i + 1) == '\n') {
                        return i + 2;
                    } else if (nl == null || nl.isEmpty()) {
                        return i + 1;
                    }
                } else if (self.isEof()) {
                    return nl != null && nl.equals("\r\n") ? -1 : i + 1;
                } else {
                    return -1;
                }
            }
        }
        return -1;
    }

    @TruffleBoundary
    static TruffleString readline(Node node, PTextIOWrapper self, long limit) {
        prepareRead(node, self);
        while (true) {
            int end = lineEnd(self);
            if (limit >= 0 && ((end >= 0 && end > limit) || (end < 0 && self.available() >= limit))) {
                return translated(self, self.take((int) limit));
            }
            if (end >= 0) {
                return translated(self, self.take(end));
            }
            if (!readChunk(node, self) && lineEnd(self) < 0) {
                return translated(self, self.take(self.available()));
            }
        }
    }

    /** Encodes {@code text} into the pending bytes, flushing them to the buffer as CPython does. */
    @TruffleBoundary
    static long write(Node node, PTextIOWrapper self, TruffleString text) {
        int[] cps = StrCodePoints.toArray(text);
        if (self.getDirect() != null) {
            self.getDirect().write(text.toJavaStringUncached());
            return cps.length;
        }
        boolean hasNewline = false;
        for (int cp : cps) {
            hasNewline |= cp == '\n' || cp == '\r';
        }
        String nl = self.writeNewline();
        int[] out = cps;
        if (nl != null && hasNewline) {
            out = PyStrings.toJava(text).replace("\n", nl).codePoints().toArray();
        }
        if (self.available() > 0 || self.getUndecoded().length > 0) {
            // writing where the reader is, not where the buffer has read ahead to
            seek(node, self, tell(node, self), 0);
        }
        try {
            self.addPending(CodecEncoder.encode(out, self.getEncoding(), self.getErrors()));
        } catch (StrException e) {
            throw raise(node, e);
        }
        if (self.pendingSize() >= CHUNK_SIZE || self.isWriteThrough() || (self.isLineBuffering() && hasNewline)) {
            flushPending(node, self);
            if (self.isLineBuffering() && hasNewline) {
                IoArgs.callMethod(node, self.getBuffer(), "flush");
            }
        }
        return cps.length;
    }

    @TruffleBoundary
    static void flushPending(Node node, PTextIOWrapper self) {
        if (self.pendingSize() == 0) {
            return;
        }
        byte[] bytes = self.takePending();
        if (self.getBuffer() instanceof PBuffered b) {
            IoBufferedOps.write(node, IoBufferedOps.writable(node, b, "write to"), bytes);
        } else {
            IoArgs.callMethod(node, self.getBuffer(), "write", new PBytes(bytes));
        }
    }

    @TruffleBoundary
    static void flush(Node node, PTextIOWrapper self) {
        if (self.getDirect() != null) {
            self.getDirect().flush();
            return;
        }
        flushPending(node, self);
        IoArgs.callMethod(node, self.getBuffer(), "flush");
    }

    @TruffleBoundary
    static long tell(Node node, PTextIOWrapper self) {
        if (!SlowCompare.isTrue(node, IoArgs.callMethod(node, self.getBuffer(), "seekable"))) {
            throw IoArgs.unsupported(node, "underlying stream is not seekable");
        }
        flush(node, self);
        long position = NumberArgs.asLong(node, IoArgs.callMethod(node, self.getBuffer(), "tell"));
        int[] unread = self.unread();
        if (unread.length == 0 && self.getUndecoded().length == 0) {
            return position;
        }
        try {
            return position - CodecEncoder.encode(unread, self.getEncoding(), self.getErrors()).length
                            - self.getUndecoded().length;
        } catch (StrException e) {
            throw raise(node, e);
        }
    }

    @TruffleBoundary
    static long seek(Node node, PTextIOWrapper self, long cookie, int whence) {
        if (!SlowCompare.isTrue(node, IoArgs.callMethod(node, self.getBuffer(), "seekable"))) {
            throw IoArgs.unsupported(node, "underlying stream is not seekable");
        }
        if (whence == 1) {
            if (cookie != 0) {
                throw IoArgs.unsupported(node, "can't do nonzero cur-relative seeks");
            }
            return tell(node, self);
        } else if (whence == 2) {
            if (cookie != 0) {
                throw IoArgs.unsupported(node, "can't do nonzero end-relative seeks");
            }
            flush(node, self);
            self.resetDecoder();
            return NumberArgs.asLong(node, IoArgs.callMethod(node, self.getBuffer(), "seek", 0L, 2L));
        }
        if (cookie < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "negative seek position %d", cookie);
        }
        flush(node, self);
        self.resetDecoder();
        IoArgs.callMethod(node, self.getBuffer(), "seek", cookie);
        return cookie;
    }
}
