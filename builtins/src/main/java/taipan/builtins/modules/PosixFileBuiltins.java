package taipan.builtins.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.modules.PosixPaths.PathArg;
import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/** The posix functions on files: {@code stat}, {@code access}, and the descriptor-level open/read/write/close. */
@CoreFunctions(defineModule = "posix")
public final class PosixFileBuiltins {
    private PosixFileBuiltins() {
    }

    @Builtin(name = "stat", parameterNames = "path", keywordOnlyNames = {"dir_fd", "follow_symlinks"})
    abstract static class StatNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (arguments[0] instanceof Long fd) {
                return fstat(this, fd);
            }
            PathArg path = PosixPaths.path(this, arguments[0], "stat", "path", false);
            return stat(this, PosixPaths.file(this, path), path.original(), arguments[2] != PNone.NO_VALUE &&
                            arguments[2] == Boolean.FALSE);
        }
    }

    @Builtin(name = "lstat", parameterNames = "path", keywordOnlyNames = "dir_fd")
    abstract static class LstatNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "lstat", "path", false);
            return stat(this, PosixPaths.file(this, path), path.original(), true);
        }
    }

    @Builtin(name = "fstat", parameterNames = "fd")
    abstract static class FstatNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return fstat(this, fd(this, arguments[0]));
        }
    }

    private static Object fstat(Node location, long fd) {
        if (fd >= 0 && fd <= 2) {
            // the standard streams: a character device, as on a terminal or a pipe
            return statResult(0x2190L, 0, 0, 0, 0, 0);
        }
        if (PythonContext.get(location).getFileDescriptors().get(fd) == null) {
            throw PosixErrors.raise(location, PosixErrors.EBADF, null, null);
        }
        try {
            SeekableByteChannel channel = PythonContext.get(location).getFileDescriptors().get(fd);
            return statResult(0x8180L, channel.size(), 0, 0, 0, 0);
        } catch (IOException e) {
            throw PosixErrors.raise(location, e, null);
        }
    }

    @TruffleBoundary
    static PTuple stat(Node location, TruffleFile file, Object name, boolean noFollow) {
        LinkOption[] options = noFollow ? new LinkOption[]{LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        try {
            TruffleFile.Attributes a = file.getAttributes(List.of(TruffleFile.UNIX_MODE, TruffleFile.UNIX_INODE,
                            TruffleFile.UNIX_DEV, TruffleFile.UNIX_NLINK, TruffleFile.UNIX_UID, TruffleFile.UNIX_GID,
                            TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME, TruffleFile.LAST_MODIFIED_TIME,
                            TruffleFile.UNIX_CTIME), options);
            return statResult(a.get(TruffleFile.UNIX_MODE), a.get(TruffleFile.SIZE),
                            nanos(a.get(TruffleFile.LAST_ACCESS_TIME)), nanos(a.get(TruffleFile.LAST_MODIFIED_TIME)),
                            nanos(a.get(TruffleFile.UNIX_CTIME)), a.get(TruffleFile.UNIX_INODE),
                            a.get(TruffleFile.UNIX_DEV), a.get(TruffleFile.UNIX_NLINK), a.get(TruffleFile.UNIX_UID),
                            a.get(TruffleFile.UNIX_GID));
        } catch (IOException e) {
            throw PosixErrors.raise(location, e, name);
        } catch (UnsupportedOperationException e) {
            throw PosixErrors.raise(location, PosixErrors.ENOSYS, name, null);
        }
    }

    private static long nanos(FileTime time) {
        return time.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static PTuple statResult(long mode, long size, long atime, long mtime, long ctime, long inode) {
        return statResult(mode, size, atime, mtime, ctime, inode, 0, 1, 0, 0);
    }

    private static PTuple statResult(long mode, long size, long atime, long mtime, long ctime, long inode, long dev,
                    long nlink, long uid, long gid) {
        return PosixStructBuiltins.statResult(mode, size, atime, mtime, ctime, inode, dev, nlink, uid, gid);
    }

    @Builtin(name = "access", parameterNames = {"path", "mode"}, keywordOnlyNames = {"dir_fd", "effective_ids",
                    "follow_symlinks"})
    abstract static class AccessNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "access", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            long mode = arguments[1] instanceof Long m ? m : 0;
            boolean ok = file.exists() && ((mode & 4) == 0 || file.isReadable()) && ((mode & 2) == 0 ||
                            file.isWritable()) && ((mode & 1) == 0 || file.isExecutable());
            return ok;
        }
    }

    @Builtin(name = "open", parameterNames = {"path", "flags", "mode"}, keywordOnlyNames = "dir_fd")
    abstract static class OpenNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "open", "path", false);
            long flags = fd(this, arguments[1]);
            TruffleFile file = PosixPaths.file(this, path);
            if (file.isDirectory()) {
                throw PosixErrors.raise(this, PosixErrors.EISDIR, path.original(), null);
            }
            try {
                SeekableByteChannel channel = file.newByteChannel(openOptions(flags));
                return (long) PythonContext.get(this).getFileDescriptors().add(channel);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, path.original());
            }
        }
    }

    private static Set<OpenOption> openOptions(long flags) {
        Set<OpenOption> options = new HashSet<>();
        long access = flags & 3;
        if (access == 0 || access == 2) {
            options.add(StandardOpenOption.READ);
        }
        if (access == 1 || access == 2) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & 0x40) != 0) {
            options.add((flags & 0x80) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & 0x200) != 0) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & 0x400) != 0) {
            options.add(StandardOpenOption.APPEND);
        }
        return options;
    }

    @Builtin(name = "close", parameterNames = "fd")
    abstract static class CloseNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = fd(this, arguments[0]);
            SeekableByteChannel channel = PythonContext.get(this).getFileDescriptors().remove(fd);
            if (channel == null) {
                if (fd >= 0 && fd <= 2) {
                    return PNone.NONE;
                }
                throw PosixErrors.raise(this, PosixErrors.EBADF, null, null);
            }
            try {
                channel.close();
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", parameterNames = {"fd", "length"})
    abstract static class ReadNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = fd(this, arguments[0]);
            long length = fd(this, arguments[1]);
            if (length < 0) {
                throw PosixErrors.raise(this, PosixErrors.EINVAL, null, null);
            }
            try {
                if (fd == 0) {
                    byte[] bytes = PythonContext.get(this).getEnv().in().readNBytes((int) Math.min(length, 1 << 20));
                    return new PBytes(bytes);
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, Integer.MAX_VALUE - 8));
                int n = channel(this, fd).read(buffer);
                byte[] bytes = new byte[Math.max(n, 0)];
                buffer.flip();
                buffer.get(bytes);
                return new PBytes(bytes);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "write", parameterNames = {"fd", "data"})
    abstract static class WriteNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = fd(this, arguments[0]);
            byte[] bytes = NativeBufferArgs.bytes(this, arguments[1]);
            try {
                if (fd == 1 || fd == 2) {
                    var out = fd == 1 ? PythonContext.get(this).getEnv().out() : PythonContext.get(this).getEnv().err();
                    out.write(bytes);
                    out.flush();
                    return (long) bytes.length;
                }
                return (long) channel(this, fd).write(ByteBuffer.wrap(bytes));
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "lseek", parameterNames = {"fd", "position", "whence"})
    abstract static class LseekNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            SeekableByteChannel channel = channel(this, fd(this, arguments[0]));
            long position = fd(this, arguments[1]);
            long whence = fd(this, arguments[2]);
            try {
                long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
                if (whence < 0 || whence > 2 || base + position < 0) {
                    throw PosixErrors.raise(this, PosixErrors.EINVAL, null, null);
                }
                channel.position(base + position);
                return base + position;
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "isatty", parameterNames = "fd")
    abstract static class IsattyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = fd(this, arguments[0]);
            return fd >= 0 && fd <= 2 && System.console() != null;
        }
    }

    private static SeekableByteChannel channel(Node location, long fd) {
        SeekableByteChannel channel = PythonContext.get(location).getFileDescriptors().get(fd);
        if (channel == null) {
            throw PosixErrors.raise(location, PosixErrors.EBADF, null, null);
        }
        return channel;
    }

    /** An integer argument (a descriptor, flags, a length). */
    static long fd(Node location, Object value) {
        if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(location, value));
    }
}
