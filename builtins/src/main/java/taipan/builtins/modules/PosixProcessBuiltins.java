package taipan.builtins.modules;

import java.io.IOException;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;

/** The posix functions about the process itself: user and group ids, CPU count, {@code _exit}. */
@CoreFunctions(defineModule = "posix")
public final class PosixProcessBuiltins {

    private PosixProcessBuiltins() {
    }

    /** The owner of {@code /proc/self} is the process's (effective) user: Java has no portable getuid. */
    @TruffleBoundary
    static long procSelf(Node location, TruffleFile.AttributeDescriptor<Integer> which) {
        try {
            TruffleFile self = PythonContext.get(location).getEnv().getPublicTruffleFile("/proc/self");
            return self.getAttributes(List.of(which)).get(which);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return 0;
        }
    }

    @Builtin(name = "getuid")
    abstract static class GetUidNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return procSelf(this, TruffleFile.UNIX_UID);
        }
    }

    @Builtin(name = "geteuid")
    abstract static class GetEuidNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return procSelf(this, TruffleFile.UNIX_UID);
        }
    }

    @Builtin(name = "getgid")
    abstract static class GetGidNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return procSelf(this, TruffleFile.UNIX_GID);
        }
    }

    @Builtin(name = "getegid")
    abstract static class GetEgidNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return procSelf(this, TruffleFile.UNIX_GID);
        }
    }

    @Builtin(name = "cpu_count")
    abstract static class CpuCountNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return (long) Runtime.getRuntime().availableProcessors();
        }
    }

    @Builtin(name = "_exit", parameterNames = "status")
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int status = (int) PosixFileBuiltins.fd(this, arguments[0]);
            PythonContext.get(this).getEnv().getContext().closeExited(this, status);
            return taipan.runtime.object.PNone.NONE;
        }
    }
}
