package taipan.builtins.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code time} module (CPython's {@code Modules/timemodule.c}): clocks, sleep, and the broken-down time
 * functions; {@code gmtime}/{@code localtime} return {@code struct_time} struct sequences.
 */
@CoreFunctions(defineModule = "time")
public final class TimeModuleBuiltins {

    private TimeModuleBuiltins() {
    }

    /** Clock reads are JDK calls that compiled code can make directly; no boundary is needed for them. */
    @Builtin(name = "time")
    abstract static class TimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return nowNanos() / 1e9;
        }
    }

    @Builtin(name = "time_ns")
    abstract static class TimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return nowNanos();
        }
    }

    @TruffleBoundary
    static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Builtin(name = "perf_counter")
    abstract static class PerfCounterNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns")
    abstract static class PerfCounterNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return System.nanoTime();
        }
    }

    /** {@code get_clock_info(name)}: what Linux's clocks report under CPython (asyncio reads monotonic's). */
    @Builtin(name = "get_clock_info", parameterNames = "name", minNumOfPositionalArgs = 1)
    abstract static class GetClockInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            String name = arguments[0] instanceof TruffleString s ? PyStrings.toJava(s) : "";
            String implementation = switch (name) {
                case "time" -> "clock_gettime(CLOCK_REALTIME)";
                case "monotonic", "perf_counter" -> "clock_gettime(CLOCK_MONOTONIC)";
                case "process_time" -> "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                case "thread_time" -> "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                default -> throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "unknown clock");
            };
            java.util.LinkedHashMap<String, Object> info = new java.util.LinkedHashMap<>();
            info.put("implementation", PyStrings.of(implementation));
            info.put("monotonic", !name.equals("time"));
            info.put("adjustable", name.equals("time"));
            info.put("resolution", 1e-09);
            return new taipan.runtime.object.PSimpleNamespace(info);
        }
    }

    @Builtin(name = "monotonic")
    abstract static class MonotonicNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns")
    abstract static class MonotonicNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return System.nanoTime();
        }
    }

    @Builtin(name = "process_time")
    abstract static class ProcessTimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return processNanos() / 1e9;
        }
    }

    @Builtin(name = "process_time_ns")
    abstract static class ProcessTimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return processNanos();
        }
    }

    /** CPU time of the whole process, as CPython's {@code process_time} (all threads). */
    @TruffleBoundary
    static long processNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    @Builtin(name = "thread_time")
    abstract static class ThreadTimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double doIt(@SuppressWarnings("unused") Object[] arguments) {
            return threadNanos() / 1e9;
        }
    }

    @Builtin(name = "thread_time_ns")
    abstract static class ThreadTimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doIt(@SuppressWarnings("unused") Object[] arguments) {
            return threadNanos();
        }
    }

    /** CPU time of the calling thread, as CPython's {@code thread_time} ({@code CLOCK_THREAD_CPUTIME_ID}). */
    @TruffleBoundary
    static long threadNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Builtin(name = "sleep", parameterNames = "secs", minNumOfPositionalArgs = 1)
    abstract static class SleepNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object secs) {
            double seconds = seconds(secs);
            if (Double.isNaN(seconds)) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "Invalid value NaN (not a number)");
            } else if (seconds < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "sleep length must be non-negative");
            }
            // interruptible: safepoint actions (weakref callbacks, interrupt_main) run while a thread sleeps
            taipan.runtime.thread.Blocking.sleep(this, seconds);
            return PNone.NONE;
        }

        private double seconds(Object secs) {
            if (secs instanceof Double || secs instanceof Long || secs instanceof Boolean
                            || secs instanceof java.math.BigInteger) {
                return MathArgs.toDouble(this, secs);
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                            PythonErrors.typeName(this, secs));
        }
    }

    @Builtin(name = "gmtime", parameterNames = "seconds")
    abstract static class GmTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(Object seconds) {
            return brokenDown(epochSeconds(this, seconds), ZoneOffset.UTC);
        }
    }

    @Builtin(name = "localtime", parameterNames = "seconds")
    abstract static class LocalTimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        PTuple doIt(Object seconds) {
            return brokenDown(epochSeconds(this, seconds), null);
        }
    }

    static long epochSeconds(com.oracle.truffle.api.nodes.Node node, Object seconds) {
        if (seconds == PNone.NO_VALUE || seconds == PNone.NONE) {
            return Math.floorDiv(nowNanos(), 1_000_000_000L);
        }
        return (long) Math.floor(MathArgs.toDouble(node, seconds));
    }

    /** A struct_time of {@code epochSeconds} in {@code zone} (null: local time); see {@link TimeStructBuiltins}. */
    static PTuple brokenDown(long epochSeconds, ZoneId zone) {
        return TimeStructBuiltins.brokenDown(epochSeconds, zone);
    }

    @Builtin(name = "strftime", parameterNames = {"format", "t"}, minNumOfPositionalArgs = 1)
    abstract static class StrftimeNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doIt(TruffleString format, Object t) {
            PTuple fields = t == PNone.NO_VALUE ? brokenDown(epochSeconds(this, PNone.NONE), null) : tuple(t);
            return PyStrings.of(Strftime.format(format.toJavaStringUncached(), toDateTime(fields), fields));
        }

        private PTuple tuple(Object t) {
            if (t instanceof PTuple tuple && tuple.length() == 9) {
                return tuple;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Tuple or struct_time argument required");
        }

        @TruffleBoundary
        private static LocalDateTime toDateTime(PTuple fields) {
            Object[] f = fields.getItems();
            return LocalDateTime.of((int) (long) (Long) f[0], (int) (long) (Long) f[1], (int) (long) (Long) f[2],
                            (int) (long) (Long) f[3], (int) (long) (Long) f[4], (int) Math.min(59, (Long) f[5]));
        }
    }
}
