package taipan.builtins.modules;

import java.io.IOException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.FileDescriptors;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.posix.StreamChannel;

/** The posix functions on pipes and child processes: {@code pipe}, {@code waitpid}, {@code kill}, wait statuses. */
@CoreFunctions(defineModule = "posix")
public final class PosixPipeBuiltins {

    private PosixPipeBuiltins() {
    }

    @Builtin(name = "pipe")
    abstract static class PipeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            try {
                Pipe pipe = Pipe.open();
                FileDescriptors fds = PythonContext.get(this).getFileDescriptors();
                long read = fds.add(new StreamChannel(pipe.source()));
                long write = fds.add(new StreamChannel(pipe.sink()));
                return new PTuple(new Object[]{read, write});
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "set_blocking", parameterNames = {"fd", "blocking"}, minNumOfPositionalArgs = 2)
    abstract static class SetBlockingNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long fd = PosixFileBuiltins.fd(this, arguments[0]);
            var channel = PythonContext.get(this).getFileDescriptors().get(fd);
            if (channel == null) {
                throw PosixErrors.raise(this, PosixErrors.EBADF, null, null);
            }
            SelectableChannel selectable = channel instanceof StreamChannel s ? s.selectable() : null;
            if (selectable != null && !(s(channel).channel() instanceof java.nio.channels.NetworkChannel)) {
                try {
                    selectable.configureBlocking(taipan.nodes.object.SlowCompare.isTrue(this, arguments[1]));
                } catch (IOException e) {
                    throw PosixErrors.raise(this, e, null);
                }
            }
            return PNone.NONE;
        }

        private static StreamChannel s(Object channel) {
            return (StreamChannel) channel;
        }
    }

    @Builtin(name = "get_blocking", parameterNames = "fd", minNumOfPositionalArgs = 1)
    abstract static class GetBlockingNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            var channel = PythonContext.get(this).getFileDescriptors().get(PosixFileBuiltins.fd(this, arguments[0]));
            if (channel == null) {
                throw PosixErrors.raise(this, PosixErrors.EBADF, null, null);
            }
            return !(channel instanceof StreamChannel s) || s.selectable() == null || s.selectable().isBlocking();
        }
    }

    @Builtin(name = "waitpid", parameterNames = {"pid", "options"}, minNumOfPositionalArgs = 2)
    abstract static class WaitpidNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long pid = PosixFileBuiltins.fd(this, arguments[0]);
            long options = PosixFileBuiltins.fd(this, arguments[1]);
            try {
                long status = PythonContext.get(this).getChildProcesses().waitFor(pid, (options & 1) != 0);
                if (status < 0) {
                    throw PosixErrors.raise(this, 10, null, null);
                }
                boolean running = status == 0 && (options & 1) != 0 && PythonContext.get(this).getChildProcesses().contains(pid);
                return new PTuple(new Object[]{running ? 0L : pid, running ? 0L : status});
            } catch (InterruptedException e) {
                throw PosixErrors.raise(this, 4, null, null);
            }
        }
    }

    @Builtin(name = "kill", parameterNames = {"pid", "signal"}, minNumOfPositionalArgs = 2)
    abstract static class KillNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            long pid = PosixFileBuiltins.fd(this, arguments[0]);
            int signal = (int) taipan.builtins.functions.NumberArgs.asLong(this, arguments[1]);
            if (PythonContext.get(this).getChildProcesses().kill(pid, signal)) {
                return PNone.NONE;
            }
            var handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) {
                throw PosixErrors.raise(this, 3, null, null);
            } else if (signal == 9) {
                handle.get().destroyForcibly();
            } else if (signal != 0) {
                handle.get().destroy();
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "waitstatus_to_exitcode", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WaitstatusToExitcodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            long status = PosixFileBuiltins.fd(this, arguments[0]);
            return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f);
        }
    }

    @Builtin(name = "WIFSTOPPED", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WifStoppedNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (PosixFileBuiltins.fd(this, arguments[0]) & 0xff) == 0x7f;
        }
    }

    @Builtin(name = "WSTOPSIG", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WStopSigNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (PosixFileBuiltins.fd(this, arguments[0]) >> 8) & 0xff;
        }
    }

    @Builtin(name = "WIFEXITED", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WifExitedNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (PosixFileBuiltins.fd(this, arguments[0]) & 0x7f) == 0;
        }
    }

    @Builtin(name = "WEXITSTATUS", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WExitStatusNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (PosixFileBuiltins.fd(this, arguments[0]) >> 8) & 0xff;
        }
    }

    @Builtin(name = "WIFSIGNALED", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WifSignaledNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            long status = PosixFileBuiltins.fd(this, arguments[0]);
            return (status & 0x7f) != 0 && (status & 0x7f) != 0x7f;
        }
    }

    @Builtin(name = "WTERMSIG", parameterNames = "status", minNumOfPositionalArgs = 1)
    abstract static class WTermSigNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return PosixFileBuiltins.fd(this, arguments[0]) & 0x7f;
        }
    }
}
