package taipan.builtins.modules;

import java.nio.file.LinkOption;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.posix.PDirEntry;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code os.DirEntry}: {@code name} and {@code path} (properties, see {@link PosixSetup}), the file-type tests, a
 * cached {@code stat()}, {@code inode()} and {@code __fspath__}.
 */
@CoreFunctions(extendClasses = BuiltinType.DIR_ENTRY)
public final class PosixDirEntryBuiltins {

    private PosixDirEntryBuiltins() {
    }

    /** {@code follow_symlinks} (keyword-only, default True). */
    private static boolean follow(Object value) {
        return value == PNone.NO_VALUE || value == PNone.NONE || !(value instanceof Boolean b) || b;
    }

    private static LinkOption[] options(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
    }

    @Builtin(name = "name", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDirEntry self) {
            return self.getName();
        }
    }

    @Builtin(name = "path", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PathNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDirEntry self) {
            return self.getPath();
        }
    }

    @Builtin(name = "__fspath__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FspathNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PDirEntry self) {
            return self.getPath();
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PDirEntry self) {
            return PyStrings.of("<DirEntry " + Repr.repr(self.getName()) + ">");
        }
    }

    @Builtin(name = "is_dir", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = "follow_symlinks")
    abstract static class IsDirNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PDirEntry self, Object followSymlinks) {
            return self.getFile().isDirectory(options(follow(followSymlinks)));
        }
    }

    @Builtin(name = "is_file", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = "follow_symlinks")
    abstract static class IsFileNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PDirEntry self, Object followSymlinks) {
            return self.getFile().isRegularFile(options(follow(followSymlinks)));
        }
    }

    @Builtin(name = "is_symlink", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsSymlinkNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static boolean doIt(PDirEntry self) {
            return self.getFile().isSymbolicLink();
        }
    }

    @Builtin(name = "is_junction", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsJunctionNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(@SuppressWarnings("unused") PDirEntry self) {
            return false;
        }
    }

    @Builtin(name = "stat", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = "follow_symlinks")
    abstract static class StatNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PDirEntry self, Object followSymlinks) {
            boolean follow = follow(followSymlinks);
            Object cached = self.getStat(follow);
            if (cached == null) {
                cached = PosixFileBuiltins.stat(this, self.getFile(), self.getPath(), !follow);
                self.setStat(follow, cached);
            }
            return cached;
        }
    }

    @Builtin(name = "inode", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class InodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PDirEntry self) {
            try {
                TruffleFile file = self.getFile();
                return (long) file.getAttributes(List.of(TruffleFile.UNIX_INODE), LinkOption.NOFOLLOW_LINKS)
                                .get(TruffleFile.UNIX_INODE);
            } catch (java.io.IOException e) {
                throw taipan.runtime.posix.PosixErrors.raise(this, e, self.getPath());
            }
        }
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "item"}, minNumOfPositionalArgs = 2,
                    classMethod = true)
    abstract static class ClassGetItemNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(Object[] arguments) {
            return new taipan.runtime.type.PGenericAlias(arguments[0], arguments[1]);
        }
    }
}
