package taipan.language;

import org.graalvm.options.OptionValues;

import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.StructSequences;

/**
 * {@code sys.flags}: the command-line flags as CPython 3.13 reports them, from the context's {@code python.*} options
 * the launcher maps its flags onto. No bytecode is ever written, so {@code dont_write_bytecode} is always 1.
 */
final class SysFlags {
    private static final String[] NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    private SysFlags() {
    }

    static PTuple create(OptionValues options) {
        boolean isolated = options.get(TaipanOptions.Isolated);
        long inspect = options.get(TaipanOptions.Inspect) ? 1L : 0L;
        Object[] values = {0L, inspect, inspect, (long) options.get(TaipanOptions.Optimize), 1L,
            flag(isolated || options.get(TaipanOptions.NoUserSite)), flag(options.get(TaipanOptions.NoSite)),
            flag(isolated || options.get(TaipanOptions.IgnoreEnvironment)), (long) options.get(TaipanOptions.Verbose),
            (long) options.get(TaipanOptions.BytesWarning), flag(options.get(TaipanOptions.Quiet)), 1L,
            flag(isolated), false, flag(options.get(TaipanOptions.Utf8Mode)),
            flag(options.get(TaipanOptions.WarnDefaultEncoding)), isolated || options.get(TaipanOptions.SafePath), 4300L};
        // gil: None when neither -X gil nor PYTHON_GIL chose (CPython's free-threaded build), by name only
        return StructSequences.create("sys.flags", NAMES, values, new String[]{"gil"}, new Object[]{PNone.NONE});
    }

    private static long flag(boolean on) {
        return on ? 1L : 0L;
    }
}
