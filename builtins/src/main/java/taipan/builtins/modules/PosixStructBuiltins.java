package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.StructSequences;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The struct sequences of {@code posix}: {@code os.stat_result} (10 items; the float and nanosecond times by name)
 * and {@code os.terminal_size}, constructible from a sequence as CPython's are; and the properties of
 * {@code DirEntry}.
 */
@CoreFunctions(defineModule = "posix")
public final class PosixStructBuiltins {
    static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                    "st_atime", "st_mtime", "st_ctime"};
    static final String[] STAT_EXTRAS = {"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                    "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
    private static final String[] TERMINAL_FIELDS = {"columns", "lines"};

    private PosixStructBuiltins() {
    }

    /** Wraps DirEntry's {@code name} and {@code path} in read-only properties. */
    public static void install(TaipanLanguage language) {
        PythonClass entry = language.getBuiltinClass(BuiltinType.DIR_ENTRY);
        for (String name : new String[]{"name", "path"}) {
            entry.writeAttribute(name, new PProperty(entry.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
        PythonClass stat = language.getBuiltinClass(BuiltinType.STAT_RESULT);
        stat.setAttribute("n_sequence_fields", (long) STAT_FIELDS.length);
        stat.setAttribute("n_fields", (long) (STAT_FIELDS.length + STAT_EXTRAS.length));
        stat.setAttribute("n_unnamed_fields", 3L);
    }

    /** A stat_result of times in nanoseconds since the epoch. */
    static PTuple statResult(long mode, long size, long atime, long mtime, long ctime, long inode, long dev,
                    long nlink, long uid, long gid) {
        Object[] items = {mode, inode, dev, nlink, uid, gid, size, Math.floorDiv(atime, 1_000_000_000L),
                        Math.floorDiv(mtime, 1_000_000_000L), Math.floorDiv(ctime, 1_000_000_000L)};
        Object[] extras = {atime / 1e9, mtime / 1e9, ctime / 1e9, atime, mtime, ctime, 4096L, (size + 511) / 512, 0L};
        return StructSequences.create("os.stat_result", STAT_FIELDS, items, STAT_EXTRAS, extras);
    }

    @TruffleBoundary
    static Object[] items(Node location, Object sequence, String type, int min, int max) {
        Object[] items;
        if (sequence instanceof PTuple t) {
            items = t.getItems();
        } else if (sequence instanceof taipan.runtime.object.PList l) {
            items = l.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "constructor requires a sequence");
        }
        int n = items.length;
        if (n < min) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() takes an at least %d-sequence (%d-sequence given)",
                            type, min, n);
        } else if (n > max) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() takes an at most %d-sequence (%d-sequence given)",
                            type, max, n);
        }
        return items.clone();
    }

    @Builtin(name = "stat_result", parameterNames = {"cls", "sequence", "dict"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.STAT_RESULT)
    abstract static class StatResultNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doCreate(@SuppressWarnings("unused") Object cls, Object sequence, @SuppressWarnings("unused") Object dict) {
            Object[] all = items(this, sequence, "os.stat_result", 10, 19);
            Object[] extras = new Object[STAT_EXTRAS.length];
            for (int i = 0; i < extras.length; i++) {
                Object given = 10 + i < all.length ? all[10 + i] : PNone.NONE;
                // CPython fills the float times from the int ones when they are not given
                extras[i] = given == PNone.NONE && i < 3 ? all[7 + i] : given;
            }
            return StructSequences.create("os.stat_result", STAT_FIELDS, java.util.Arrays.copyOf(all, 10), STAT_EXTRAS,
                            extras);
        }
    }

    @Builtin(name = "terminal_size", parameterNames = {"cls", "sequence", "dict"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.TERMINAL_SIZE)
    abstract static class TerminalSizeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doCreate(@SuppressWarnings("unused") Object cls, Object sequence, @SuppressWarnings("unused") Object dict) {
            return StructSequences.create("os.terminal_size", TERMINAL_FIELDS,
                            items(this, sequence, "os.terminal_size", 2, 2));
        }
    }
}
