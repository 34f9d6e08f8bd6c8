package taipan.builtins.modules;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * The options of {@code fork_exec} that CPython's child applies between fork and exec ({@code child_exec} in
 * {@code Modules/_posixsubprocess.c}). The JVM cannot fork, so each is honoured by a program the child runs before
 * the command, which execs it in the same process: {@code setsid} (a new session), {@code sh} (umask, and signals
 * left ignored when restore_signals is false). What cannot be honoured raises; nothing is dropped in silence.
 */
final class ChildOptions {

    private ChildOptions() {
    }

    private static final int PASS_FDS = 3;
    private static final int ERRPIPE_WRITE = 13;
    private static final int RESTORE_SIGNALS = 14;
    private static final int CALL_SETSID = 15;
    private static final int PGID_TO_SET = 16;
    private static final int GID = 17;
    private static final int EXTRA_GROUPS = 18;
    private static final int UID = 19;
    private static final int CHILD_UMASK = 20;

    /**
     * The command to start for {@code command} (its program already resolved) and the arguments of fork_exec.
     * close_fds needs nothing: the JVM's child keeps only descriptors 0-2, and Taipan's other descriptors are never
     * inheritable (there is no os.set_inheritable or os.dup2 to make one so), as close_fds=True leaves CPython's.
     */
    static List<String> wrap(Node node, List<String> command, Object[] a) {
        for (Object fd : items(node, a[PASS_FDS])) {
            // subprocess.py adds its error pipe, which Java reports exec failures through instead
            if (!(fd instanceof Long l) || l > 2 && !fd.equals(a[ERRPIPE_WRITE])) {
                throw unsupported(node, "pass_fds", "Taipan's file descriptors are not the operating system's, so a child "
                                + "cannot inherit descriptor " + fd);
            }
        }
        if (a[PGID_TO_SET] instanceof Long pgid && pgid >= 0) {
            throw unsupported(node, "process_group", "no program can set a process group before exec");
        }
        if (a[GID] != PNone.NONE || a[UID] != PNone.NONE || a[EXTRA_GROUPS] != PNone.NONE) {
            // subprocess.py refuses these first, as Taipan's os has no setregid/setreuid/setgroups
            throw unsupported(node, "user, group and extra_groups", "Taipan runs on the JVM, which cannot fork");
        }
        List<String> prefix = new ArrayList<>();
        if (a[CALL_SETSID] == Boolean.TRUE) {
            prefix.add(tool(node, "setsid", "start_new_session"));
        }
        StringBuilder script = new StringBuilder();
        if (a[CHILD_UMASK] instanceof Long mask && mask >= 0) {
            script.append("umask ").append(Long.toOctalString(mask)).append("; ");
        }
        if (a[RESTORE_SIGNALS] != Boolean.TRUE) {
            // CPython ignores SIGPIPE and SIGXFSZ and leaves them so in the child unless restore_signals; the JVM's
            // child gets them at their defaults (its handlers do not survive exec), so ignore them again
            script.append("trap '' PIPE XFSZ; ");
        }
        if (script.length() > 0) {
            prefix.add(tool(node, "sh", "umask and restore_signals=False"));
            prefix.add("-c");
            prefix.add(script.append("exec \"$0\" \"$@\"").toString());
        }
        if (prefix.isEmpty()) {
            return command;
        }
        prefix.addAll(command);
        return prefix;
    }

    private static List<Object> items(Node node, Object sequence) {
        Object tuple = SlowCall.call(node, taipan.language.TaipanLanguage.get(node).getBuiltinClass(BuiltinType.TUPLE),
                        new Object[]{sequence});
        return List.of(((PTuple) tuple).getItems());
    }

    /** The path of a system program the option needs, or an error naming the option. */
    private static String tool(Node node, String name, String option) {
        for (String dir : new String[]{"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
            File file = new File(dir, name);
            if (file.canExecute()) {
                return file.getPath();
            }
        }
        throw unsupported(node, option, "Taipan runs on the JVM, which cannot fork, and needs the program " + name
                        + ", which is not installed");
    }

    private static RuntimeException unsupported(Node node, String option, String why) {
        return PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "%s is not supported on this platform: %s", option, why);
    }
}
