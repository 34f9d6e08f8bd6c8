package taipan.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** str.format parsing against CPython: rendering through a small walker, formatter_parser and field_name_split. */
class FormatTemplateTest {
    static final String PRELUDE = """
                    import _string
                    def parser(s):
                        return repr(list(_string.formatter_parser(s)))
                    def split(s):
                        first, rest = _string.formatter_field_name_split(s)
                        return repr((first, list(rest)))
                    """;

    static final String[] TEMPLATES = {"", "plain", "{}", "{} {}", "{0} {1} {0}", "{} {1}", "{1} {}", "{a} {b}",
        "{a} {}", "{} {a} {}", "{{}}", "{{{}}}", "{{", "}}", "{", "}", "a{", "a}", "a}b", "{}}", "{{}", "{0!r}", "{0!s}",
        "{0!a}", "{0!x}", "{0!}", "{0!r", "{0!rr}", "{0!r:>8}", "{:>{}}", "{:{}}", "{:{}.{}}", "{0:{1}}", "{:{1}}",
        "{0:{}}", "{:{:{}}}", "{:{{}}}", "{:}", "{:>10}", "{0[0]}", "{0[1]}", "{2[x]}", "{2[y]}", "{2[}", "{2[x]y}",
        "{2[x].real}", "{0.real}", "{0.}", "{0..real}", "{0[]}", "{0[0}", "{0 }", "{ }", "{a.b[c]}", "{3}", "{-1}",
        "{99999999999999999999}", "{0:99999999999999999999}", "x{0:d}y", "{0:s}", "{1:+.3f}", "{1:%}", "{1:e}", "{a:^9}",
        "{b:x<5}", "{0:{b}}", "{a!r:{a}}", "{\u0661}", "{0[\u0661]}", "{:{:{:}}}", "{0}{", "{0}}", "{!r}", "{!r:}",
        "{:d}{:d}", "{0:{{}}}", "{a[0]}", "{[0]}", "{.real}", "{0[0]x}", "{0:}}", "{0:{}}}"};

    @TestFactory
    Stream<DynamicTest> formatAgreesWithCPython() throws Exception {
        Oracle o = new Oracle(PRELUDE);
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("x", "ex");
        List<Object> args = List.of(7L, 2.5, dict, "s\u00e9");
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("a", 42L);
        kwargs.put("b", "<");
        for (String t : TEMPLATES) {
            o.add(Oracle.Py.lit(t) + ".format(7, 2.5, {'x': 'ex'}, 's\u00e9', a=42, b='<')", () -> render(t, args, kwargs));
            o.add(Oracle.Py.lit(t) + ".format(12, 3)", () -> render(t, List.of(12L, 3L), Map.of()));
            o.add("parser(" + Oracle.Py.lit(t) + ")", () -> parser(t));
        }
        String[] names = {"", "a", "0", "12", "a.b", "a[0]", "a[x].y[1]", "0.", "a..b", "a[", "a[0", "a[]", "a[0]b",
            "a[0].", "[1]", ".x", "\u0663", "a[\u0663]", "99999999999999999999", "a[99999999999999999999]", "x.y.z",
            "a[b[c]", "a]"};
        for (String n : names) {
            o.add("split(" + Oracle.Py.lit(n) + ")", () -> split(n));
        }
        return o.tests();
    }

    private static String parser(String s) {
        MarkupIterator it = new MarkupIterator(s);
        List<Object> out = new ArrayList<>();
        for (MarkupIterator.Markup m = it.next(); m != null; m = it.next()) {
            out.add(m.toParserTuple());
        }
        return Oracle.Py.repr(out);
    }

    private static String split(String s) {
        FieldName f = FieldName.split(s);
        List<Object> rest = new ArrayList<>();
        for (FieldName.Accessor a : f.rest()) {
            rest.add(a.toTuple());
        }
        if (f.restError() != null) {
            throw f.restError();
        }
        return Oracle.Py.repr(new Object[] {f.first(), rest});
    }

    /** The walk the interpreter does, over Java stand-ins for Python values. */
    static String render(String format, List<Object> args, Map<String, Object> kwargs) {
        return FormatTemplate.parse(format).render(new FormatTemplate.FieldAccess() {
            @Override
            public Object positional(long index) {
                if (index >= args.size()) {
                    throw FormatTemplate.indexOutOfRange(index);
                }
                return args.get((int) index);
            }

            @Override
            public Object keyword(String key) {
                if (!kwargs.containsKey(key)) {
                    throw new FormatError("KeyError", StrRepr.repr(key));
                }
                return kwargs.get(key);
            }

            @Override
            public Object attribute(Object obj, String name) {
                return access(obj, new FieldName.Accessor(true, name));
            }

            @Override
            public Object item(Object obj, Object key) {
                return access(obj, new FieldName.Accessor(false, key));
            }

            @Override
            public Object convert(Object v, int conversion) {
                return switch (conversion) {
                    case 'r' -> Oracle.Py.repr(v);
                    case 's' -> v instanceof String ? v : Oracle.Py.repr(v);
                    default -> AsciiEscape.escapeNonAscii(Oracle.Py.repr(v));
                };
            }

            @Override
            public String format(Object obj, String spec) {
                return formatValue(obj, spec);
            }
        });
    }

    private static Object access(Object v, FieldName.Accessor a) {
        if (a.attribute()) {
            if (a.key().equals("real") && (v instanceof Long || v instanceof Double)) {
                return v;
            }
            throw new FormatError("AttributeError", "'" + typeName(v) + "' object has no attribute " + StrRepr.repr((String) a.key()));
        }
        if (v instanceof Map<?, ?> m) {
            if (!m.containsKey(a.key())) {
                throw new FormatError("KeyError", Oracle.Py.repr(a.key()));
            }
            return m.get(a.key());
        }
        if (v instanceof String s && a.key() instanceof Long i) {
            if (i >= s.length()) {
                throw new FormatError("IndexError", "string index out of range");
            }
            return s.substring((int) (long) i, (int) (long) i + 1);
        }
        if (v instanceof String) {
            throw new FormatError("TypeError", "string indices must be integers, not 'str'");
        }
        throw new FormatError("TypeError", "'" + typeName(v) + "' object is not subscriptable");
    }

    private static String typeName(Object v) {
        return v instanceof Long ? "int" : v instanceof Double ? "float" : v instanceof String ? "str" : "dict";
    }

    private static String formatValue(Object v, String spec) {
        if (v instanceof Long l) {
            return PyFormat.formatInt(l, spec);
        }
        if (v instanceof Double d) {
            return PyFormat.formatFloat(d, spec);
        }
        if (v instanceof String s) {
            return PyFormat.formatStr(s, spec);
        }
        if (!spec.isEmpty()) {
            throw new FormatError("TypeError", "unsupported format string passed to dict.__format__");
        }
        return Oracle.Py.repr(v);
    }

    @Test
    void handWrittenExamples() {
        FormatTemplate t = FormatTemplate.parse("a{}b{:>{}}");
        assertEquals(4, t.parts().size());
        FormatTemplate.Field f = assertInstanceOf(FormatTemplate.Field.class, t.parts().get(3));
        assertEquals(1L, f.name().first());
        assertEquals(">{}", f.spec());
        assertEquals("x=   42", render("x={:>{}}", List.of(42L, 5L), Map.of()));
    }
}
