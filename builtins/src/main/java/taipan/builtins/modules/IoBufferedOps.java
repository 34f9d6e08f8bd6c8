package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PBuffered;
import taipan.runtime.io.PFileIO;
import taipan.runtime.object.PNone;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/**
 * The logic of the buffered classes (CPython's {@code Modules/_io/bufferedio.c}) over their raw stream: a
 * {@code FileIO} is called directly, any other raw stream through its Python methods. Every operation holds the
 * object's monitor, as CPython's buffered objects hold their lock.
 */
final class IoBufferedOps {

    private IoBufferedOps() {
    }

    /** {@code self}, initialised and attached; {@code verb} names the operation in the closed-file message. */
    static PBuffered check(Node node, PBuffered self, String verb) {
        if (!self.isReady()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, self.isDetached() ? "raw stream has been detached"
                            : "I/O operation on uninitialized object");
        }
        if (self.isDetached()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "raw stream has been detached");
        }
        if (verb != null && isClosed(node, self)) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "%s closed file", verb);
        }
        return self;
    }

    static PBuffered readable(Node node, PBuffered self, String verb) {
        check(node, self, verb);
        if (!self.canRead()) {
            throw IoArgs.unsupported(node, verb.split(" ")[0]);
        }
        return self;
    }

    static PBuffered writable(Node node, PBuffered self, String verb) {
        check(node, self, verb);
        if (!self.canWrite()) {
            throw IoArgs.unsupported(node, verb.split(" ")[0]);
        }
        return self;
    }

    @TruffleBoundary
    static boolean isClosed(Node node, PBuffered self) {
        Object raw = self.getRaw();
        if (raw instanceof PFileIO f) {
            return f.isClosed();
        }
        return SlowCompare.isTrue(node, taipan.nodes.attribute.ObjectAttributes.getAttribute(node, raw, "closed"));
    }

    /** One read of up to {@code n} bytes from the raw stream: null when it would block (None). */
    @TruffleBoundary
    static byte[] rawRead(Node node, PBuffered self, int n) {
        Object raw = self.getRaw();
        if (raw instanceof PFileIO f) {
            try {
                return IoFileIOBuiltins.readable(node, f).read(n);
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
        }
        Object got = IoArgs.callMethod(node, raw, "read", (long) n);
        return got == PNone.NONE ? null : IoArgs.bytes(node, got);
    }

    @TruffleBoundary
    static void rawWrite(Node node, Object raw, byte[] data) {
        if (raw instanceof PFileIO f) {
            try {
                IoFileIOBuiltins.writable(node, f).write(data, 0, data.length);
                return;
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
        }
        int offset = 0;
        while (offset < data.length) {
            byte[] rest = offset == 0 ? data : java.util.Arrays.copyOfRange(data, offset, data.length);
            Object n = IoArgs.callMethod(node, raw, "write", new taipan.runtime.bytes.PBytes(rest));
            if (n == PNone.NONE) {
                throw PythonErrors.raise(node, BuiltinType.BLOCKING_IO_ERROR, "write could not complete without blocking");
            }
            long written = NumberArgs.asLong(node, n);
            if (written < 0 || written > rest.length) {
                throw PythonErrors.raise(node, BuiltinType.OS_ERROR, "raw write() returned invalid length %d (should have been between 0 and %d)",
                                written, rest.length);
            }
            offset += (int) written;
        }
    }

    @TruffleBoundary
    static long rawSeek(Node node, Object raw, long offset, int whence) {
        if (raw instanceof PFileIO f) {
            try {
                return IoFileIOBuiltins.open(node, f).seek(offset, whence);
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
        }
        return NumberArgs.asLong(node, IoArgs.callMethod(node, raw, "seek", offset, (long) whence));
    }

    @TruffleBoundary
    static long rawTell(Node node, Object raw) {
        if (raw instanceof PFileIO f) {
            try {
                return IoFileIOBuiltins.open(node, f).tell();
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
        }
        long position = NumberArgs.asLong(node, IoArgs.callMethod(node, raw, "tell"));
        if (position < 0) {
            throw PythonErrors.raise(node, BuiltinType.OS_ERROR, "Raw stream returned invalid position %d", position);
        }
        return position;
    }

    /** Writes the pending bytes to the raw stream. */
    @TruffleBoundary
    static void flushWrites(Node node, PBuffered self) {
        synchronized (self) {
            if (self.pendingWrites() > 0) {
                rawWrite(node, self.getWriterRaw(), self.takePendingWrites());
            }
        }
    }

    /** Moves the raw stream back over the read-ahead bytes, so writes and seeks happen where the reader is. */
    @TruffleBoundary
    static void dropReadAhead(Node node, PBuffered self) {
        int ahead = self.dropReadAhead();
        if (ahead > 0 && self.getKind() == PBuffered.Kind.RANDOM) {
            rawSeek(node, self.getRaw(), -ahead, 1);
        }
    }

    /** {@code read(n)}: at least {@code n} bytes unless the stream ends; all of it when {@code n < 0}. */
    @TruffleBoundary
    static Object read(Node node, PBuffered self, long n) {
        synchronized (self) {
            if (self.getKind() == PBuffered.Kind.RANDOM) {
                flushWrites(node, self);
            }
            if (n < 0) {
                return readAll(node, self);
            }
            while (self.available() < n) {
                byte[] chunk = rawRead(node, self, (int) Math.max(self.getBufferSize(), n - self.available()));
                if (chunk == null) {
                    if (self.available() == 0) {
                        return PNone.NONE;
                    }
                    break;
                }
                if (chunk.length == 0) {
                    break;
                }
                self.fill(chunk);
            }
            return new taipan.runtime.bytes.PBytes(self.take((int) n));
        }
    }

    private static Object readAll(Node node, PBuffered self) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffered = self.take(self.available());
        out.write(buffered, 0, buffered.length);
        Object raw = self.getRaw();
        if (raw instanceof PFileIO f) {
            try {
                byte[] rest = IoFileIOBuiltins.readable(node, f).readAll();
                out.write(rest, 0, rest.length);
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
            return new taipan.runtime.bytes.PBytes(out.toByteArray());
        }
        while (true) {
            byte[] chunk = rawRead(node, self, Math.max(self.getBufferSize(), 8192));
            if (chunk == null) {
                return out.size() == 0 ? PNone.NONE : new taipan.runtime.bytes.PBytes(out.toByteArray());
            }
            if (chunk.length == 0) {
                return new taipan.runtime.bytes.PBytes(out.toByteArray());
            }
            out.write(chunk, 0, chunk.length);
        }
    }

    /** {@code read1(n)}: buffered bytes, or at most one raw read. */
    @TruffleBoundary
    static byte[] read1(Node node, PBuffered self, long n) {
        synchronized (self) {
            if (self.getKind() == PBuffered.Kind.RANDOM) {
                flushWrites(node, self);
            }
            int want = n < 0 ? self.getBufferSize() : (int) n;
            if (want == 0) {
                return new byte[0];
            }
            if (self.available() == 0) {
                byte[] chunk = rawRead(node, self, Math.max(want, self.getBufferSize()));
                if (chunk != null) {
                    self.fill(chunk);
                }
            }
            return self.take(want);
        }
    }

    @TruffleBoundary
    static byte[] peek(Node node, PBuffered self) {
        synchronized (self) {
            if (self.getKind() == PBuffered.Kind.RANDOM) {
                flushWrites(node, self);
            }
            if (self.available() == 0) {
                byte[] chunk = rawRead(node, self, self.getBufferSize());
                if (chunk != null) {
                    self.fill(chunk);
                }
            }
            return self.peekBuffered();
        }
    }

    @TruffleBoundary
    static byte[] readline(Node node, PBuffered self, long limit) {
        synchronized (self) {
            if (self.getKind() == PBuffered.Kind.RANDOM) {
                flushWrites(node, self);
            }
            int max = limit < 0 ? Integer.MAX_VALUE : (int) limit;
            while (true) {
                int end = self.lineEnd(max);
                if (end >= 0) {
                    return self.take(end);
                }
                if (self.available() >= max) {
                    return self.take(max);
                }
                byte[] chunk = rawRead(node, self, self.getBufferSize());
                if (chunk == null || chunk.length == 0) {
                    return self.take(Math.min(max, self.available()));
                }
                self.fill(chunk);
            }
        }
    }

    @TruffleBoundary
    static long write(Node node, PBuffered self, byte[] data) {
        synchronized (self) {
            if (self.getKind() == PBuffered.Kind.RANDOM) {
                dropReadAhead(node, self);
            }
            if (self.getWriterRaw() instanceof PFileIO f && f.isStandardStream()) {
                // the standard streams' own buffer (PythonOutput) is shared with print: no second buffer in front
                flushWrites(node, self);
                rawWrite(node, f, data);
                return data.length;
            }
            self.buffer(data, 0, data.length);
            if (self.pendingWrites() >= self.getBufferSize()) {
                flushWrites(node, self);
            }
            return data.length;
        }
    }

    @TruffleBoundary
    static long seek(Node node, PBuffered self, long offset, int whence) {
        synchronized (self) {
            flushWrites(node, self);
            int ahead = self.dropReadAhead();
            long target = whence == 1 ? offset - ahead : offset;
            return rawSeek(node, self.getRaw(), target, whence);
        }
    }

    @TruffleBoundary
    static long tell(Node node, PBuffered self) {
        synchronized (self) {
            long position = rawTell(node, self.getRaw()) - self.available() + self.pendingWrites();
            return Math.max(position, 0);
        }
    }
}
