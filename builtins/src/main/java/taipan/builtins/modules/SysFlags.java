package taipan.builtins.modules;

import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.StructSequences;

/**
 * {@code sys.flags}: the command-line flags as CPython 3.13 reports them. The launcher's flags that change how code
 * runs are not routed here yet, so these are the values of a plain {@code python3 prog.py} run, except that no
 * bytecode is ever written.
 */
final class SysFlags {
    private static final String[] NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    private SysFlags() {
    }

    static PTuple create() {
        Object[] values = {0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L, false, 4300L};
        // gil: None when neither -X gil nor PYTHON_GIL chose (CPython's free-threaded build), by name only
        return StructSequences.create("sys.flags", NAMES, values, new String[]{"gil"}, new Object[]{PNone.NONE});
    }
}
