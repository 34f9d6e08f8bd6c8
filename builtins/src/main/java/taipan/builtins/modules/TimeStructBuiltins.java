package taipan.builtins.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.StructSequences;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code time.struct_time} and the {@code time} functions that read one ({@code mktime}, {@code asctime}, {@code ctime}). */
@CoreFunctions(defineModule = "time")
public final class TimeStructBuiltins {

    static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] EXTRA = {"tm_zone", "tm_gmtoff"};

    private TimeStructBuiltins() {
    }

    /** A struct_time of 9 items, with {@code tm_zone}/{@code tm_gmtoff} reachable by name only. */
    static PTuple structTime(Object[] items, Object zone, Object gmtoff) {
        return StructSequences.create("time.struct_time", FIELDS, items, EXTRA, new Object[]{zone, gmtoff});
    }

    /** {@code zone} null for local time. */
    @TruffleBoundary
    static PTuple brokenDown(long epochSeconds, ZoneId zone) {
        ZoneId z = zone == null ? ZoneId.systemDefault() : zone;
        ZonedDateTime t = Instant.ofEpochSecond(epochSeconds).atZone(z);
        boolean dst = zone == null && z.getRules().isDaylightSavings(t.toInstant());
        Object[] items = {(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
            (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1), (long) t.getDayOfYear(),
            dst ? 1L : 0L};
        String name = zone == null ? TimeZone.getDefault().getDisplayName(dst, TimeZone.SHORT, Locale.US) : "GMT";
        return structTime(items, PyStrings.of(name), (long) t.getOffset().getTotalSeconds());
    }

    /** The 9 ints of a struct_time or 9-tuple argument. */
    static long[] fields(Node node, Object t) {
        if (!(t instanceof PTuple tuple) || tuple.length() != 9) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "Tuple or struct_time argument required");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = NumberArgs.asLong(node, tuple.getItems()[i]);
        }
        return f;
    }

    /** {@code time.timezone}, {@code altzone}, {@code daylight}, {@code tzname} and {@code _STRUCT_TM_ITEMS}. */
    @TruffleBoundary
    public static void constants(Map<String, Object> time) {
        TimeZone zone = TimeZone.getDefault();
        long standard = -zone.getRawOffset() / 1000;
        time.put("timezone", standard);
        time.put("altzone", standard - zone.getDSTSavings() / 1000);
        time.put("daylight", zone.useDaylightTime() ? 1L : 0L);
        time.put("tzname", new PTuple(new Object[]{PyStrings.of(zone.getDisplayName(false, TimeZone.SHORT, Locale.US)),
            PyStrings.of(zone.getDisplayName(true, TimeZone.SHORT, Locale.US))}));
        time.put("_STRUCT_TM_ITEMS", 11L);
    }

    @TruffleBoundary
    static String asctime(long[] f) {
        LocalDateTime t = LocalDateTime.of((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) Math.min(f[5], 59));
        return String.format(Locale.ROOT, "%s %s %2d %02d:%02d:%02d %d", t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US),
                        t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), f[2], f[3], f[4], f[5], f[0]);
    }

    @Builtin(name = "struct_time", parameterNames = {"cls", "sequence", "dict"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.STRUCT_TIME)
    abstract static class StructTimeNode extends taipan.nodes.builtin.PythonTernaryBuiltinNode {
        @Specialization
        PTuple doCreate(@SuppressWarnings("unused") Object cls, Object sequence, @SuppressWarnings("unused") Object dict,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            java.util.List<Object> items = new java.util.ArrayList<>();
            Object iterator = getIter.execute(sequence);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                add(items, item);
            }
            int n = size(items);
            if (n < 9 || n > 11) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, n < 9
                                ? "time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                                : "time.struct_time() takes an at most 11-sequence (%d-sequence given)", n);
            }
            Object[] all = items.toArray();
            return structTime(java.util.Arrays.copyOf(all, 9), n > 9 ? all[9] : PNone.NONE, n > 10 ? all[10] : PNone.NONE);
        }

        @TruffleBoundary
        private static void add(java.util.List<Object> items, Object item) {
            items.add(item);
        }

        @TruffleBoundary
        private static int size(java.util.List<Object> items) {
            return items.size();
        }
    }

    @Builtin(name = "mktime", parameterNames = "t", minNumOfPositionalArgs = 1)
    abstract static class MktimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        double doIt(Object t) {
            return mktime(fields(this, t));
        }

        @TruffleBoundary
        private static double mktime(long[] f) {
            LocalDateTime local = LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                            .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return local.atZone(ZoneId.systemDefault()).toEpochSecond();
        }
    }

    @Builtin(name = "asctime", parameterNames = "t")
    abstract static class AsctimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object t) {
            Object tuple = t == PNone.NO_VALUE ? brokenDown(TimeModuleBuiltins.epochSeconds(this, PNone.NONE), null) : t;
            return PyStrings.of(asctime(fields(this, tuple)));
        }
    }

    @Builtin(name = "ctime", parameterNames = "secs")
    abstract static class CtimeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object secs) {
            return PyStrings.of(asctime(fields(this, brokenDown(TimeModuleBuiltins.epochSeconds(this, secs), null))));
        }
    }
}
