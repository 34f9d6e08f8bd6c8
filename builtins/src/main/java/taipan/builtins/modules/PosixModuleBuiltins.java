package taipan.builtins.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.modules.PosixPaths.PathArg;
import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code posix} module (CPython's {@code Modules/posixmodule.c}) for what {@code os.py}, {@code shutil},
 * {@code tempfile} and {@code pathlib} need: paths, directories, the environment, process ids and random bytes, on
 * Truffle's file system. Without {@code dir_fd}/{@code follow_symlinks=False} variants beyond {@code lstat}: the
 * {@code _have_functions} list says so, as CPython's does on a platform that lacks them.
 */
@CoreFunctions(defineModule = "posix")
public final class PosixModuleBuiltins {

    /** os.urandom's source, made on first use: seeding it takes the JDK's security providers (~10 ms of start-up). */
    private static final class Urandom {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private PosixModuleBuiltins() {
    }

    /** The module's constants: flags for {@code open}/{@code access}, {@code environ}, {@code error}. */
    public static Map<String, Object> constants(TaipanLanguage language, Map<String, String> environment) {
        Map<String, Object> values = new LinkedHashMap<>();
        long[] numbers = {0, 1, 2, 0x40, 0x80, 0x200, 0x400, 0x800, 0x1000, 0x10000, 0x20000, 0x80000, 0x101000,
                        0, 4, 2, 1};
        String[] names = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NONBLOCK",
                        "O_DSYNC", "O_DIRECTORY", "O_NOFOLLOW", "O_CLOEXEC", "O_SYNC", "F_OK", "R_OK", "W_OK", "X_OK"};
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], numbers[i]);
        }
        values.put("O_ACCMODE", 3L);
        values.put("WNOHANG", 1L);
        values.put("WUNTRACED", 2L);
        values.put("error", language.getBuiltinClass(BuiltinType.OS_ERROR));
        values.put("environ", environ(language, environment));
        values.put("_have_functions", new PList(new Object[]{PyStrings.of("HAVE_LSTAT")}));
        return values;
    }

    @TruffleBoundary
    private static PDict environ(TaipanLanguage language, Map<String, String> environment) {
        PDict result = new PDict();
        BuiltinEquality ops = new BuiltinEquality(language.threadingMode());
        for (Map.Entry<String, String> e : environment.entrySet()) {
            result.getStorage().put(language.threadingMode(), ops, new PBytes(e.getKey().getBytes(StandardCharsets.UTF_8)),
                            new PBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return result;
    }

    @Builtin(name = "getcwd")
    abstract static class GetCwdNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PyStrings.of(PythonContext.get(this).getEnv().getCurrentWorkingDirectory().getPath());
        }
    }

    @Builtin(name = "getcwdb")
    abstract static class GetCwdbNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            String cwd = PythonContext.get(this).getEnv().getCurrentWorkingDirectory().getPath();
            return new PBytes(cwd.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Builtin(name = "chdir", parameterNames = "path")
    abstract static class ChdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "chdir", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            if (!file.exists()) {
                throw PosixErrors.raise(this, PosixErrors.ENOENT, path.original(), null);
            } else if (!file.isDirectory()) {
                throw PosixErrors.raise(this, PosixErrors.ENOTDIR, path.original(), null);
            }
            try {
                PythonContext.get(this).getEnv().setCurrentWorkingDirectory(file.getCanonicalFile());
            } catch (IOException | SecurityException e) {
                throw PosixErrors.raise(this, PosixErrors.EACCES, path.original(), null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "listdir", parameterNames = "path", minNumOfPositionalArgs = 0)
    abstract static class ListdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "listdir", "path", true);
            TruffleFile dir = PosixPaths.file(this, path);
            try {
                List<Object> names = new ArrayList<>();
                for (TruffleFile child : dir.list()) {
                    names.add(PosixPaths.name(child.getName(), path.bytes()));
                }
                return new PList(names.toArray());
            } catch (IOException e) {
                throw PosixErrors.raise(this, dir.exists() && !dir.isDirectory() ? PosixErrors.ENOTDIR
                                : PosixErrors.errnoOf(e), path.original(), null);
            }
        }
    }

    @Builtin(name = "mkdir", parameterNames = {"path", "mode"}, keywordOnlyNames = "dir_fd")
    abstract static class MkdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "mkdir", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            try {
                file.createDirectory();
            } catch (IOException e) {
                int errno = file.exists() ? PosixErrors.EEXIST : PosixErrors.errnoOf(e);
                throw PosixErrors.raise(this, errno, path.original(), null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rmdir", parameterNames = "path", keywordOnlyNames = "dir_fd")
    abstract static class RmdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PathArg path = PosixPaths.path(this, arguments[0], "rmdir", "path", false);
            TruffleFile file = PosixPaths.file(this, path);
            if (file.exists(LinkOption.NOFOLLOW_LINKS) && !file.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
                throw PosixErrors.raise(this, PosixErrors.ENOTDIR, path.original(), null);
            }
            delete(this, file, path);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unlink", parameterNames = "path", keywordOnlyNames = "dir_fd")
    abstract static class UnlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return unlink(this, arguments[0], "unlink");
        }
    }

    @Builtin(name = "remove", parameterNames = "path", keywordOnlyNames = "dir_fd")
    abstract static class RemoveNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return unlink(this, arguments[0], "remove");
        }
    }

    @TruffleBoundary
    static Object unlink(com.oracle.truffle.api.nodes.Node location, Object argument, String function) {
        PathArg path = PosixPaths.path(location, argument, function, "path", false);
        TruffleFile file = PosixPaths.file(location, path);
        if (file.isDirectory(LinkOption.NOFOLLOW_LINKS)) {
            throw PosixErrors.raise(location, PosixErrors.EISDIR, path.original(), null);
        }
        delete(location, file, path);
        return PNone.NONE;
    }

    private static void delete(com.oracle.truffle.api.nodes.Node location, TruffleFile file, PathArg path) {
        try {
            file.delete();
        } catch (IOException e) {
            throw PosixErrors.raise(location, e, path.original());
        }
    }

    @Builtin(name = "rename", parameterNames = {"src", "dst"}, keywordOnlyNames = {"src_dir_fd", "dst_dir_fd"})
    abstract static class RenameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return move(this, arguments, "rename");
        }
    }

    @Builtin(name = "replace", parameterNames = {"src", "dst"}, keywordOnlyNames = {"src_dir_fd", "dst_dir_fd"})
    abstract static class ReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return move(this, arguments, "replace");
        }
    }

    @TruffleBoundary
    static Object move(com.oracle.truffle.api.nodes.Node location, Object[] arguments, String function) {
        PathArg src = PosixPaths.path(location, arguments[0], function, "src", false);
        PathArg dst = PosixPaths.path(location, arguments[1], function, "dst", false);
        TruffleFile from = PosixPaths.file(location, src);
        TruffleFile to = PosixPaths.file(location, dst);
        try {
            // POSIX rename replaces a file or an empty directory at the destination atomically
            from.move(to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw PosixErrors.raise(location, e, src.original(), dst.original());
        }
        return PNone.NONE;
    }

    @Builtin(name = "getpid")
    abstract static class GetPidNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "getppid")
    abstract static class GetPpidNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        }
    }

    @Builtin(name = "urandom", parameterNames = "size")
    abstract static class UrandomNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof Long size)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                                PythonErrors.typeName(this, arguments[0]));
            } else if (size < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "negative argument not allowed");
            }
            byte[] bytes = new byte[Math.toIntExact(size)];
            Urandom.RANDOM.nextBytes(bytes);
            return new PBytes(bytes);
        }
    }

    @Builtin(name = "strerror", parameterNames = "code")
    abstract static class StrerrorNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof Long code)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                                PythonErrors.typeName(this, arguments[0]));
            }
            return PyStrings.of(PosixErrors.strerror((int) (long) code));
        }
    }

    @Builtin(name = "fspath", parameterNames = "path")
    abstract static class FspathNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object value = arguments[0];
            if (value instanceof TruffleString || value instanceof PBytes) {
                return value;
            }
            Object result = value instanceof taipan.runtime.object.PythonObject
                            ? taipan.runtime.object.UncachedCalls.callSpecial(value, "__fspath__") : null;
            if (result == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "expected str, bytes or os.PathLike object, not %s", PythonErrors.typeName(this, value));
            } else if (!(result instanceof TruffleString || result instanceof PBytes)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "expected %s.__fspath__() to return str or bytes, not %s",
                                PythonErrors.typeName(this, value), PythonErrors.typeName(this, result));
            }
            return result;
        }
    }
}
