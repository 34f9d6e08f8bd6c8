package taipan.builtins.modules;

import java.io.IOException;
import java.util.Collection;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.modules.PosixPaths.PathArg;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.posix.PDirEntry;
import taipan.runtime.posix.PScandirIterator;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/** {@code os.scandir}: an iterator of {@code DirEntry}s over a directory (see {@link PosixDirEntryBuiltins}). */
@CoreFunctions(defineModule = "posix")
public final class PosixScandirBuiltins {

    private PosixScandirBuiltins() {
    }

    @Builtin(name = "scandir", parameterNames = "path", minNumOfPositionalArgs = 0)
    abstract static class ScandirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            boolean defaulted = arguments[0] == PNone.NO_VALUE || arguments[0] == PNone.NONE;
            PathArg path = PosixPaths.path(this, arguments[0], "scandir", "path", true);
            TruffleFile dir = PosixPaths.file(this, path);
            try {
                Collection<TruffleFile> children = dir.list();
                return new PScandirIterator(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.SCANDIR_ITERATOR)
                                .getInstanceShape(), children.iterator(), defaulted ? "." : path.text(), path.bytes());
            } catch (IOException e) {
                throw PosixErrors.raise(this, dir.exists() && !dir.isDirectory() ? PosixErrors.ENOTDIR
                                : PosixErrors.errnoOf(e), path.original(), null);
            }
        }
    }

    /** The next entry of {@code iterator}, or null when it is exhausted. */
    @TruffleBoundary
    static PDirEntry next(com.oracle.truffle.api.nodes.Node location, PScandirIterator iterator) {
        TruffleFile child = iterator.next();
        if (child == null) {
            return null;
        }
        String name = child.getName();
        String prefix = iterator.getPrefix();
        String joined = prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
        return new PDirEntry(TaipanLanguage.get(location).getBuiltinClass(BuiltinType.DIR_ENTRY).getInstanceShape(),
                        PosixPaths.name(name, iterator.isBytes()), PosixPaths.name(joined, iterator.isBytes()), child);
    }
}
