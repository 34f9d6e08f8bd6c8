package taipan.builtins.modules;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.modules.PosixPaths.PathArg;
import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/**
 * The posix functions on links, permissions, times and sizes: {@code chmod}, {@code utime}, {@code readlink},
 * {@code symlink}, {@code link}, {@code truncate}/{@code ftruncate}, {@code fsync}, {@code get_terminal_size}.
 */
@CoreFunctions(defineModule = "posix")
public final class PosixLinkBuiltins {
    private static final PosixFilePermission[] PERMISSIONS = {PosixFilePermission.OTHERS_EXECUTE,
        PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private PosixLinkBuiltins() {
    }

    private static boolean noFollow(Object followSymlinks) {
        return followSymlinks == Boolean.FALSE;
    }

    @Builtin(name = "chmod", parameterNames = {"path", "mode"}, keywordOnlyNames = {"dir_fd", "follow_symlinks"})
    abstract static class ChmodNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "chmod", "path", false);
            long mode = PosixFileBuiltins.fd(this, arguments[1]);
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            for (int bit = 0; bit < PERMISSIONS.length; bit++) {
                if ((mode & (1L << bit)) != 0) {
                    set.add(PERMISSIONS[bit]);
                }
            }
            TruffleFile file = PosixPaths.file(this, path);
            try {
                if (noFollow(arguments[3])) {
                    file.setPosixPermissions(set, LinkOption.NOFOLLOW_LINKS);
                } else {
                    file.setPosixPermissions(set);
                }
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, path.original());
            } catch (UnsupportedOperationException e) {
                throw PosixErrors.raise(this, PosixErrors.ENOSYS, path.original(), null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "utime", parameterNames = {"path", "times"}, minNumOfPositionalArgs = 1,
                    keywordOnlyNames = {"ns", "dir_fd", "follow_symlinks"})
    abstract static class UtimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "utime", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            long[] nanos = times(this, arguments[1], arguments[2]);
            LinkOption[] options = noFollow(arguments[4]) ? new LinkOption[]{LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            try {
                file.setLastAccessTime(FileTime.from(nanos[0], TimeUnit.NANOSECONDS), options);
                file.setLastModifiedTime(FileTime.from(nanos[1], TimeUnit.NANOSECONDS), options);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, path.original());
            }
            return PNone.NONE;
        }

        /** (atime, mtime) in nanoseconds from {@code times} (seconds) or {@code ns}; now when neither is given. */
        private static long[] times(Node location, Object times, Object ns) {
            boolean hasTimes = times != PNone.NO_VALUE && times != PNone.NONE;
            boolean hasNs = ns != PNone.NO_VALUE;
            if (hasTimes && hasNs) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                                "utime: you may specify either 'times' or 'ns' but not both");
            }
            Object pair = hasTimes ? times : hasNs ? ns : null;
            if (pair == null) {
                long now = System.currentTimeMillis() * 1_000_000L;
                return new long[]{now, now};
            }
            if (!(pair instanceof PTuple t) || t.getItems().length != 2) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, hasTimes
                                ? "utime: 'times' must be either a tuple of two ints or None"
                                : "utime: 'ns' must be a tuple of two ints");
            }
            long[] result = new long[2];
            for (int i = 0; i < 2; i++) {
                Object v = t.getItems()[i];
                result[i] = hasNs ? PosixFileBuiltins.fd(location, v) : v instanceof Double d ? (long) (d * 1e9)
                                : PosixFileBuiltins.fd(location, v) * 1_000_000_000L;
            }
            return result;
        }
    }

    @Builtin(name = "readlink", parameterNames = "path", keywordOnlyNames = "dir_fd")
    abstract static class ReadlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "readlink", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            try {
                return PosixPaths.name(file.readSymbolicLink().getPath(), path.bytes());
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, path.original());
            } catch (UnsupportedOperationException e) {
                throw PosixErrors.raise(this, PosixErrors.EINVAL, path.original(), null);
            }
        }
    }

    @Builtin(name = "symlink", parameterNames = {"src", "dst", "target_is_directory"}, minNumOfPositionalArgs = 2,
                    keywordOnlyNames = "dir_fd")
    abstract static class SymlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg src = PosixPaths.path(this, arguments[0], "symlink", "src", false);
            PathArg dst = PosixPaths.path(this, arguments[1], "symlink", "dst", false);
            TruffleFile link = PosixPaths.file(this, dst);
            try {
                // the target is stored as given: a relative target stays relative to the link's directory
                link.createSymbolicLink(PythonContext.get(this).getEnv().getPublicTruffleFile(src.text()));
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, src.original(), dst.original());
            } catch (UnsupportedOperationException e) {
                throw PosixErrors.raise(this, PosixErrors.EPERM, src.original(), dst.original());
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "link", parameterNames = {"src", "dst"}, keywordOnlyNames = {"src_dir_fd", "dst_dir_fd",
                    "follow_symlinks"})
    abstract static class LinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg src = PosixPaths.path(this, arguments[0], "link", "src", false);
            PathArg dst = PosixPaths.path(this, arguments[1], "link", "dst", false);
            try {
                PosixPaths.file(this, dst).createLink(PosixPaths.file(this, src));
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, src.original(), dst.original());
            } catch (UnsupportedOperationException e) {
                throw PosixErrors.raise(this, PosixErrors.EPERM, src.original(), dst.original());
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "truncate", parameterNames = {"path", "length"})
    abstract static class TruncateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (arguments[0] instanceof Long fd) {
                return truncate(this, channel(this, fd), PosixFileBuiltins.fd(this, arguments[1]), null);
            }
            PathArg path = PosixPaths.path(this, arguments[0], "truncate", "path", false);
            long length = PosixFileBuiltins.fd(this, arguments[1]);
            try (SeekableByteChannel channel = PosixPaths.file(this, path).newByteChannel(
                            Set.of(java.nio.file.StandardOpenOption.WRITE))) {
                return truncate(this, channel, length, path.original());
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, path.original());
            }
        }
    }

    @Builtin(name = "ftruncate", parameterNames = {"fd", "length"})
    abstract static class FtruncateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = PosixFileBuiltins.fd(this, arguments[0]);
            return truncate(this, channel(this, fd), PosixFileBuiltins.fd(this, arguments[1]), null);
        }
    }

    /** Cuts or extends (with zero bytes, as POSIX does) the file to {@code length}, keeping the position. */
    private static Object truncate(Node location, SeekableByteChannel channel, long length, Object name) {
        if (length < 0) {
            throw PosixErrors.raise(location, PosixErrors.EINVAL, name, null);
        }
        try {
            long size = channel.size();
            if (length < size) {
                channel.truncate(length);
            } else if (length > size) {
                long position = channel.position();
                channel.position(length - 1);
                channel.write(java.nio.ByteBuffer.wrap(new byte[1]));
                channel.position(position);
            }
        } catch (IOException e) {
            throw PosixErrors.raise(location, e, name);
        }
        return PNone.NONE;
    }

    @Builtin(name = "fsync", parameterNames = "fd")
    abstract static class FsyncNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object fd = arguments[0];
            if (!(fd instanceof Long)) {
                fd = taipan.runtime.object.UncachedCalls.callSpecial(fd, "fileno");
            }
            SeekableByteChannel channel = channel(this, PosixFileBuiltins.fd(this, fd));
            try {
                if (channel instanceof FileChannel file) {
                    file.force(true);
                }
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_terminal_size", parameterNames = "fd")
    abstract static class GetTerminalSizeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            // the JVM cannot ask the terminal (no ioctl): "not a terminal", which shutil.get_terminal_size expects
            throw PosixErrors.raise(this, 25, null, null);
        }
    }

    private static SeekableByteChannel channel(Node location, long fd) {
        SeekableByteChannel channel = PythonContext.get(location).getFileDescriptors().get(fd);
        if (channel == null) {
            throw PosixErrors.raise(location, PosixErrors.EBADF, null, null);
        }
        return channel;
    }
}
