package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PPoll;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/** Methods of {@code select.poll} objects: register, modify, unregister, poll. */
@CoreFunctions(extendClasses = BuiltinType.SELECT_POLL)
public final class SelectPollBuiltins {

    private SelectPollBuiltins() {
    }

    /** {@code select.poll()}: a function in CPython; here the class, whose call makes one. */
    @Builtin(name = "poll", parameterNames = "cls", minNumOfPositionalArgs = 1, constructsClass = BuiltinType.SELECT_POLL)
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return new PPoll(((taipan.runtime.type.PythonClass) arguments[0]).getInstanceShape());
        }
    }

    @Builtin(name = "register", parameterNames = {"self", "fd", "eventmask"}, minNumOfPositionalArgs = 2)
    abstract static class RegisterNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PPoll self = (PPoll) arguments[0];
            int fd = SelectModuleBuiltins.fd(this, arguments[1]);
            int mask = arguments[2] == PNone.NO_VALUE ? 7 : (int) NumberArgs.asLong(this, arguments[2]);
            synchronized (self) {
                self.registered().put(fd, mask);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "modify", parameterNames = {"self", "fd", "eventmask"}, minNumOfPositionalArgs = 3)
    abstract static class ModifyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PPoll self = (PPoll) arguments[0];
            int fd = SelectModuleBuiltins.fd(this, arguments[1]);
            int mask = (int) NumberArgs.asLong(this, arguments[2]);
            synchronized (self) {
                if (!self.registered().containsKey(fd)) {
                    throw PosixErrors.raise(this, PosixErrors.ENOENT, null, null);
                }
                self.registered().put(fd, mask);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister", parameterNames = {"self", "fd"}, minNumOfPositionalArgs = 2)
    abstract static class UnregisterNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PPoll self = (PPoll) arguments[0];
            int fd = SelectModuleBuiltins.fd(this, arguments[1]);
            synchronized (self) {
                if (self.registered().remove(fd) == null) {
                    var error = new taipan.runtime.exception.PBaseException(taipan.language.TaipanLanguage.get(this)
                                    .getBuiltinClass(BuiltinType.KEY_ERROR), new PTuple(new Object[]{(long) fd}));
                    throw new taipan.runtime.exception.PException(error, this);
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "poll", parameterNames = {"self", "timeout"}, minNumOfPositionalArgs = 1)
    abstract static class PollNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PPoll self = (PPoll) arguments[0];
            long millis = -1;
            Object timeout = arguments[1];
            if (timeout != PNone.NO_VALUE && timeout != PNone.NONE) {
                millis = timeout instanceof Double d ? (long) Math.ceil(d) : NumberArgs.asLong(this, timeout);
            }
            Map<Integer, Integer> interest;
            synchronized (self) {
                interest = new LinkedHashMap<>(self.registered());
            }
            Map<Integer, Integer> ready = SelectModuleBuiltins.awaitReady(this, interest, millis < 0 ? -1 : millis);
            List<Object> result = new ArrayList<>();
            for (Map.Entry<Integer, Integer> entry : ready.entrySet()) {
                result.add(new PTuple(new Object[]{(long) entry.getKey(), (long) entry.getValue()}));
            }
            return new PList(result.toArray());
        }
    }
}
