package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** printf-style {@code str % args} against CPython: conversions, flags, '*', mapping keys and errors. */
class PercentFormatTest {
    /** Java stand-ins for Python objects: Object[] is a tuple, List a list, Map a dict, null None. */
    /** A Python object with only __index__ (class Idx in the prelude). */
    record Idx(long v) implements Oracle.PySource {
        @Override
        public String source() {
            return "Idx(" + v + ")";
        }
    }

    /** A Python object with only __float__ (class Flt in the prelude). */
    record Flt(double v) implements Oracle.PySource {
        @Override
        public String source() {
            return "Flt(" + DoubleFormat.repr(v) + ")";
        }
    }

    static final String PRELUDE = """
                    class Idx:
                        def __init__(s, v): s.v = v
                        def __index__(s): return s.v
                        def __repr__(s): return f'Idx({s.v})'
                    class Flt:
                        def __init__(s, v): s.v = v
                        def __float__(s): return s.v
                        def __repr__(s): return f'Flt({s.v!r})'
                    """;

    static final PercentOperands OPS = new PercentOperands() {
        @Override
        public Object[] tupleItems(Object args) {
            return args instanceof Object[] t ? t : null;
        }

        @Override
        public boolean isMapping(Object o) {
            return o instanceof List || o instanceof Map;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw new FormatError("KeyError", StrRepr.repr(key));
                }
                return m.get(key);
            }
            throw new FormatError("TypeError", "list indices must be integers or slices, not str");
        }

        @Override
        public String str(Object o) {
            return Oracle.Py.repr(o);
        }

        @Override
        public String repr(Object o) {
            return Oracle.Py.repr(o);
        }

        @Override
        public String typeName(Object o) {
            if (o instanceof Idx || o instanceof Flt) {
                return o.getClass().getSimpleName();
            }
            return o == null ? "NoneType" : o instanceof List ? "list" : o instanceof Map ? "dict" : "tuple";
        }

        @Override
        public boolean isNumber(Object o) {
            return o instanceof Idx || o instanceof Flt;
        }

        @Override
        public Object index(Object o) {
            return o instanceof Idx i ? (Object) i.v() : null;
        }

        @Override
        public Object toInt(Object o) {
            return o instanceof Idx i ? (Object) i.v() : null;
        }

        @Override
        public Double toDouble(Object o) {
            return o instanceof Idx i ? (double) i.v() : o instanceof Flt f ? f.v() : null;
        }
    };

    static final Object[] VALUES = {0L, 7L, -42L, 255L, 1234567L, Long.MIN_VALUE, new BigInteger("-123456789012345678901234567890"),
        true, false, 0.0, -0.0, 1.5, -2.75, 1e-5, 123456.789, 1e22, Double.NaN, Double.NEGATIVE_INFINITY, "abc", "",
        "h\u00e9\u20ac\uD83D\uDE00", "x", "'q\"", null, List.of(1L, "a"), 65L, 0x10ffffL, 0x110000L, new Idx(66),
        new Idx(-5), new Flt(2.5), new Flt(-1e300)};
    static final String[] FLAGS = {"", "", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#", "#-"};
    static final String[] WIDTHS = {"", "", "5", "12", "1", "*"};
    static final String[] PRECISIONS = {"", "", ".0", ".3", ".", ".*", ".12"};
    static final char[] CONVERSIONS = "diuoxXeEfFgGcrsa".toCharArray();

    static final String[] FORMATS = {"%", "a%", "%%", "%5%", "%(a)%", "%y", "%\u00e9", "%hd", "%ld", "%Ld", "%(a)s",
        "%(a)s %(b)d", "%(a)s %s", "%s %(a)s", "%(a", "%((a))s", "%(a)*d", "abc", "%s", "%s %s", "%d%%", "%.*s", "%-*d",
        "%*.*f", "%c", "%10c", "%-3c|", "%r", "%a", "%5.2s|", "%(b)s"};

    @TestFactory
    Stream<DynamicTest> percentAgreesWithCPython() throws Exception {
        Oracle o = new Oracle(PRELUDE);
        Random r = new Random(3);
        for (int i = 0; i < 600; i++) {
            List<Object> args = new ArrayList<>();
            String width = WIDTHS[r.nextInt(WIDTHS.length)];
            String precision = PRECISIONS[r.nextInt(PRECISIONS.length)];
            if (width.equals("*")) {
                args.add((long) (r.nextInt(21) - 10));
            }
            if (precision.equals(".*")) {
                args.add((long) (r.nextInt(12) - 2));
            }
            args.add(VALUES[r.nextInt(VALUES.length)]);
            String fmt = "<%" + FLAGS[r.nextInt(FLAGS.length)] + width + precision
                            + CONVERSIONS[r.nextInt(CONVERSIONS.length)] + ">";
            add(o, fmt, args.size() == 1 && r.nextBoolean() && !(args.get(0) instanceof List) ? args.get(0)
                            : args.toArray());
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("a", 5L);
        dict.put("b", "bee");
        dict.put("(a)", 1.5);
        for (String fmt : new String[] {"%*d", "%.*f", "%*.*s"}) {
            add(o, fmt, new Object[] {new Idx(3), 1L, 2L});
            add(o, fmt, new Object[] {2.0, 1L, 2L});
            add(o, fmt, new Object[] {true, 1L, 2L});
        }
        for (String fmt : FORMATS) {
            add(o, fmt, new Object[] {});
            add(o, fmt, new Object[] {3L});
            add(o, fmt, new Object[] {"s", 2L, 3L});
            add(o, fmt, dict);
            add(o, fmt, 7L);
            add(o, fmt, "str");
            add(o, fmt, List.of());
        }
        return o.tests();
    }

    private static void add(Oracle o, String fmt, Object args) {
        o.add(Oracle.Py.lit(fmt) + " % " + Oracle.Py.lit(args), () -> PercentFormatter.format(fmt, args, OPS));
    }

    @Test
    void handWrittenExamples() {
        assertEquals("0x00ff|  -7", PercentFormatter.format("%#06x|%4d", new Object[] {255L, -7L}, OPS));
        assertEquals("bee", PercentFormatter.format("%(b)s", Map.of("b", "bee"), OPS));
    }
}
