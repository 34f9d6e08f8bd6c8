package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.thread.PSimpleQueue;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code _queue.SimpleQueue} (CPython's {@code Modules/_queuemodule.c}), which {@code queue.py} re-exports as
 * {@code queue.SimpleQueue} and {@code concurrent.futures.ThreadPoolExecutor} hands its work items through. The
 * module's other name, {@code _queue.Empty}, is {@link BuiltinType#QUEUE_EMPTY}.
 */
@CoreFunctions(extendClasses = BuiltinType.SIMPLE_QUEUE)
public final class QueueSimpleQueueBuiltins {

    private QueueSimpleQueueBuiltins() {
    }

    @Builtin(name = "SimpleQueue", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.SIMPLE_QUEUE)
    abstract static class SimpleQueueNode extends PythonBinaryBuiltinNode {
        @Specialization
        PSimpleQueue doIt(Object cls, Object args) {
            if (args instanceof PTuple tuple && tuple.length() > 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "SimpleQueue() takes no positional arguments");
            }
            return new PSimpleQueue(((PythonClass) cls).getInstanceShape());
        }
    }

    /** {@code put(item, block=True, timeout=None)}: never blocks; block and timeout are only for Queue's API. */
    @Builtin(name = "put", parameterNames = {"self", "item", "block", "timeout"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class PutNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static Object doIt(PSimpleQueue self, Object item, @SuppressWarnings("unused") Object block,
                        @SuppressWarnings("unused") Object timeout) {
            self.put(item);
            return PNone.NONE;
        }
    }

    @Builtin(name = "put_nowait", parameterNames = {"self", "item"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class PutNowaitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSimpleQueue self, Object item) {
            self.put(item);
            return PNone.NONE;
        }
    }

    /** {@code get(block=True, timeout=None)}: the first item, waiting as told; {@code _queue.Empty} if none came. */
    @Builtin(name = "get", parameterNames = {"self", "block", "timeout"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PSimpleQueue self, Object block, Object timeout,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object item;
            if (block == PNone.NO_VALUE || isTrue.execute(block)) {
                item = self.take(this, timeoutSeconds(this, timeout));
            } else {
                item = self.poll();
            }
            if (item == null) {
                throw empty(this);
            }
            return item;
        }
    }

    @Builtin(name = "get_nowait", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetNowaitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PSimpleQueue self) {
            Object item = self.poll();
            if (item == null) {
                throw empty(this);
            }
            return item;
        }
    }

    @Builtin(name = "empty", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EmptyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIt(PSimpleQueue self) {
            return self.isEmpty();
        }
    }

    @Builtin(name = "qsize", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class QsizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PSimpleQueue self) {
            return self.size();
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

    /** The wait of a blocking get in seconds, negative for "forever" (None), checked as CPython's _PyTime_FromSecondsObject. */
    static double timeoutSeconds(Node location, Object timeout) {
        double seconds;
        if (timeout == PNone.NO_VALUE || timeout == PNone.NONE) {
            return -1;
        } else if (timeout instanceof Long n) {
            seconds = n;
        } else if (timeout instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "Invalid value NaN (not a number)");
            }
            seconds = d;
        } else if (timeout instanceof Boolean b) {
            seconds = b ? 1 : 0;
        } else if (timeout instanceof BigInteger big) {
            if (big.signum() < 0) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "'timeout' must be a non-negative number");
            }
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                            PythonErrors.typeName(location, timeout));
        }
        if (seconds < 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "'timeout' must be a non-negative number");
        }
        return seconds;
    }

    /** {@code _queue.Empty()}, raised without arguments as CPython's {@code PyErr_SetNone}. */
    @TruffleBoundary
    static PException empty(Node location) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.QUEUE_EMPTY);
        return new PException(new PBaseException(cls, PTuple.EMPTY), location);
    }
}
