package taipan.builtins.modules;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.PythonContext;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PFileIO;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/**
 * {@code FileIO.__init__} and {@code close} (CPython's {@code _io_FileIO___init___impl}): the mode string, a
 * descriptor or a path opened through Truffle's file system, the {@code opener}, and {@code closefd}.
 */
final class IoFileOpener {

    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0x40;
    static final int O_EXCL = 0x80;
    static final int O_TRUNC = 0x200;
    static final int O_APPEND = 0x400;
    static final int O_CLOEXEC = 0x80000;

    /** A parsed FileIO mode. */
    record Mode(boolean readable, boolean writable, boolean created, boolean appending, boolean truncating) {
        int flags() {
            int flags = readable && writable ? O_RDWR : writable ? O_WRONLY : 0;
            flags |= created ? O_EXCL | O_CREAT : 0;
            flags |= truncating ? O_CREAT | O_TRUNC : 0;
            flags |= appending ? O_APPEND | O_CREAT : 0;
            return flags | O_CLOEXEC;
        }
    }

    /** Closes the descriptors of files that became unreachable unclosed (CPython closes them on deallocation). */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private IoFileOpener() {
    }

    /** The cleaning action: it must not hold the FileIO itself, only its descriptor and channel. */
    private record CloseUnreachable(taipan.runtime.posix.FileDescriptors fds, int fd, SeekableByteChannel channel)
                    implements Runnable {
        @Override
        public void run() {
            synchronized (fds) {
                if (fds.get(fd) == channel) {
                    fds.remove(fd);
                }
            }
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to report to: the file object is gone
            }
        }
    }

    @TruffleBoundary
    static Mode parseMode(Node node, String mode) {
        boolean rwa = false;
        boolean plus = false;
        boolean readable = false;
        boolean writable = false;
        boolean created = false;
        boolean appending = false;
        boolean truncating = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode(node);
                    }
                    rwa = true;
                    readable = c == 'r';
                    writable = c != 'r';
                    created = c == 'x';
                    truncating = c == 'w';
                    appending = c == 'a';
                }
                case '+' -> {
                    if (plus) {
                        throw badMode(node);
                    }
                    plus = true;
                }
                case 'b' -> {
                }
                default -> throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw badMode(node);
        }
        return new Mode(readable || plus, writable || plus, created, appending, truncating);
    }

    private static RuntimeException badMode(Node node) {
        throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                        "Must have exactly one of create/read/write/append mode and at most one plus");
    }

    @TruffleBoundary
    static void init(Node node, PFileIO self, Object file, Object modeArg, Object closefdArg, Object opener) {
        String modeText = "r";
        if (modeArg != PNone.NO_VALUE) {
            if (!(modeArg instanceof TruffleString s)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "FileIO() argument 'mode' must be str, not %s",
                                PythonErrors.typeName(node, modeArg));
            }
            modeText = s.toJavaStringUncached();
        }
        if (file instanceof Double) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "integer argument expected, got float");
        }
        Mode mode = parseMode(node, modeText);
        boolean closefd = closefdArg == PNone.NO_VALUE || SlowCompare.isTrue(node, closefdArg);
        PythonContext context = PythonContext.get(node);
        int fd;
        if (file instanceof Long || file instanceof Boolean) {
            fd = (int) NumberArgs.asLong(node, file);
            if (fd < 0) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "negative file descriptor");
            }
        } else {
            if (!closefd) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Cannot use closefd=False with file name");
            }
            boolean byPath = opener == PNone.NO_VALUE || opener == PNone.NONE;
            fd = byPath ? openPath(node, file, mode) : callOpener(node, opener, file, mode);
            if (byPath) {
                CLEANER.register(self, new CloseUnreachable(context.getFileDescriptors(), fd,
                                context.getFileDescriptors().get(fd)));
            }
        }
        SeekableByteChannel channel = context.getFileDescriptors().get(fd);
        if (channel == null) {
            throw PosixErrors.raise(node, PosixErrors.EBADF, null, null);
        }
        self.open(fd, channel, mode.readable(), mode.writable(), mode.appending(), mode.created(), closefd);
        ObjectAttributes.setInstanceAttribute(node, self, "name", file);
        if (mode.appending() && self.isSeekable()) {
            try {
                self.seek(0, 2);
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, file);
            }
        }
    }

    private static int callOpener(Node node, Object opener, Object file, Mode mode) {
        Object result = SlowCall.call(node, opener, new Object[]{file, (long) mode.flags()});
        if (!(result instanceof Long)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected integer from opener");
        }
        long fd = (Long) result;
        if (fd < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "opener returned %d", fd);
        }
        return (int) fd;
    }

    private static int openPath(Node node, Object file, Mode mode) {
        boolean pathLike = file instanceof TruffleString || file instanceof PBytes
                        || (file instanceof PythonObject && ObjectAttributes.lookupClassAttribute(node,
                                        taipan.nodes.object.SpecialMethods.classOf(node, file), "__fspath__") != null);
        if (!pathLike) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected str, bytes or os.PathLike object, not %s",
                            PythonErrors.typeName(node, file));
        }
        PosixPaths.PathArg path = PosixPaths.path(node, file, "open", "file", false);
        TruffleFile truffleFile = PosixPaths.file(node, path);
        if (truffleFile.isDirectory()) {
            throw PosixErrors.raise(node, PosixErrors.EISDIR, path.original(), null);
        }
        try {
            SeekableByteChannel channel = truffleFile.newByteChannel(options(mode));
            return PythonContext.get(node).getFileDescriptors().add(channel);
        } catch (IOException e) {
            throw PosixErrors.raise(node, e, path.original());
        } catch (SecurityException | UnsupportedOperationException e) {
            throw PosixErrors.raise(node, PosixErrors.EACCES, path.original(), null);
        }
    }

    private static Set<OpenOption> options(Mode mode) {
        Set<OpenOption> options = new HashSet<>();
        if (mode.readable()) {
            options.add(StandardOpenOption.READ);
        }
        if (mode.writable()) {
            options.add(StandardOpenOption.WRITE);
        }
        if (mode.created()) {
            options.add(StandardOpenOption.CREATE_NEW);
        } else if (mode.truncating() || mode.appending()) {
            options.add(StandardOpenOption.CREATE);
        }
        if (mode.truncating()) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        // Java refuses READ with APPEND: a+ files seek to the end before each write instead (PFileIO.write)
        if (mode.appending() && !mode.readable()) {
            options.add(StandardOpenOption.APPEND);
        }
        return options;
    }

    @TruffleBoundary
    static void close(Node node, PFileIO self) {
        if (self.isClosed()) {
            return;
        }
        int fd = self.getFd();
        SeekableByteChannel channel = self.detachForClose();
        if (channel != null) {
            PythonContext.get(node).getFileDescriptors().remove(fd);
            try {
                channel.close();
            } catch (IOException e) {
                throw PosixErrors.raise(node, e, null);
            }
        }
    }
}
