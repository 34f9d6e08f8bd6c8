package taipan.builtins.modules;

import java.io.File;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.StdStreamChannel;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.ChildProcesses;
import taipan.runtime.posix.FileDescriptors;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.posix.StreamChannel;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code _posixsubprocess.fork_exec} (CPython's {@code Modules/_posixsubprocess.c}) on a {@link ProcessBuilder}:
 * Java cannot fork, so the child's standard streams are pumped to and from the pipe descriptors subprocess.py made
 * ({@link ChildProcesses}); an exec failure is raised here rather than written to the error pipe. What CPython's
 * child does between fork and exec is done by small programs the child runs first ({@link ChildOptions}).
 */
@CoreFunctions(defineModule = "_posixsubprocess")
public final class PosixSubprocessBuiltins {

    private PosixSubprocessBuiltins() {
    }

    @Builtin(name = "fork_exec", parameterNames = {"args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
        "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write",
        "restore_signals", "call_setsid", "pgid_to_set", "gid", "extra_groups", "uid", "child_umask", "preexec_fn",
        "allow_vfork"}, minNumOfPositionalArgs = 22)
    abstract static class ForkExecNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] a) {
            if (a[21] != PNone.NONE && a[21] != PNone.NO_VALUE) {
                // CPython where it cannot fork (Windows) refuses preexec_fn with a ValueError before starting
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "preexec_fn is not supported on this platform: Taipan runs on the JVM, which cannot fork");
            }
            List<String> command = strings(this, a[0]);
            if (command.isEmpty()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "args must not be empty");
            }
            String program = findExecutable(strings(this, a[1]));
            if (program == null) {
                throw PosixErrors.raise(this, PosixErrors.ENOENT, PyStrings.of(command.get(0)), null);
            }
            command.set(0, program);
            ProcessBuilder builder = new ProcessBuilder(ChildOptions.wrap(this, command, a));
            if (a[4] != PNone.NONE) {
                File dir = new File(string(this, a[4]));
                if (!dir.isDirectory()) {
                    throw PosixErrors.raise(this, PosixErrors.ENOENT, PyStrings.of(dir.getPath()), null);
                }
                builder.directory(dir);
            } else {
                builder.directory(new File(PythonContext.get(this).getEnv().getCurrentWorkingDirectory().getPath()));
            }
            if (a[5] != PNone.NONE) {
                Map<String, String> environment = builder.environment();
                environment.clear();
                for (String entry : strings(this, a[5])) {
                    int eq = entry.indexOf('=');
                    environment.put(entry.substring(0, Math.max(eq, 0)), entry.substring(eq + 1));
                }
            }
            return start(this, builder, fd(a[6]), fd(a[9]), fd(a[11]));
        }
    }

    private static int fd(Object value) {
        return value instanceof Long l ? l.intValue() : -1;
    }

    @TruffleBoundary
    static Object start(Node node, ProcessBuilder builder, int stdin, int stdout, int stderr) {
        PythonContext context = PythonContext.get(node);
        FileDescriptors fds = context.getFileDescriptors();
        builder.redirectInput(stdin == -1 ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        boolean merged = stderr != -1 && stderr == stdout;
        builder.redirectErrorStream(merged);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw PosixErrors.raise(node, e, PyStrings.of(builder.command().get(0)));
        }
        ChildProcesses children = context.getChildProcesses();
        long pid = children.add(process);
        if (stdin != -1) {
            SeekableByteChannel source = fds.get(stdin);
            if (source instanceof StreamChannel s) {
                // the pump owns the pipe's end now: it closes it, not the parent's os.close
                s.detach();
                children.pumpInto(pid, (java.nio.channels.ReadableByteChannel) s.channel(), process.getOutputStream());
            } else if (source != null) {
                children.pumpInto(pid, source, process.getOutputStream());
            }
        }
        target(children, pid, fds, stdout, 1, process.getInputStream());
        if (!merged) {
            target(children, pid, fds, stderr, 2, process.getErrorStream());
        }
        return pid;
    }

    /** Pumps a child's output stream into descriptor {@code fd} (the parent's own {@code inherited} when -1). */
    private static void target(ChildProcesses children, long pid, FileDescriptors fds, int fd, int inherited,
                    java.io.InputStream from) {
        SeekableByteChannel to = fds.get(fd == -1 ? inherited : fd);
        if (to == null) {
            children.pump(pid, from, java.nio.channels.Channels.newChannel(java.io.OutputStream.nullOutputStream()), false, null);
            return;
        }
        if (to instanceof StreamChannel s && s.channel() instanceof java.nio.channels.WritableByteChannel sink) {
            s.detach();
            children.pump(pid, from, sink, true, null);
            return;
        }
        Runnable flush = to instanceof StdStreamChannel std ? () -> std.getOutput().flush() : null;
        children.pump(pid, from, to, false, flush);
    }

    private static String findExecutable(List<String> candidates) {
        for (String candidate : candidates) {
            File file = new File(candidate);
            if (file.isFile() && file.canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    static String string(Node node, Object value) {
        if (value instanceof PBytes b) {
            return new String(b.array(), 0, b.length(), StandardCharsets.UTF_8);
        } else if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        }
        Object path = SlowCall.call(node, TaipanLanguage.get(node).getBuiltinClass(BuiltinType.STR), new Object[]{value});
        return PyStrings.toJava((TruffleString) path);
    }

    static List<String> strings(Node node, Object sequence) {
        Object tuple = SlowCall.call(node, TaipanLanguage.get(node).getBuiltinClass(BuiltinType.TUPLE), new Object[]{sequence});
        List<String> result = new ArrayList<>();
        for (Object item : ((PTuple) tuple).getItems()) {
            result.add(string(node, item));
        }
        return result;
    }
}
