package taipan.runtime.str;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.strings.TruffleString;

/** The text forms shared with {@code str_oracle.py}: JSON for case arguments, a tagged line for results. */
final class OracleCodec {

    private OracleCodec() {
    }

    static String json(Object a) {
        if (a == null) {
            return "null";
        } else if (a instanceof String s) {
            return cpsJson("s", s.codePoints().toArray());
        } else if (a instanceof OracleCases.CodePoints c) {
            return cpsJson("s", c.cps());
        } else if (a instanceof Long || a instanceof Boolean || a instanceof Double) {
            return a.toString();
        } else if (a instanceof OracleCases.Tuple t) {
            StringBuilder sb = new StringBuilder("{\"t\": [");
            for (int i = 0; i < t.items().length; i++) {
                sb.append(i == 0 ? "" : ", ").append(json(t.items()[i]));
            }
            return sb.append("]}").toString();
        } else if (a instanceof OracleCases.Dict d) {
            StringBuilder sb = new StringBuilder("{\"d\": [");
            for (int i = 0; i < d.keysAndValues().length; i += 2) {
                sb.append(i == 0 ? "[" : ", [").append(json(d.keysAndValues()[i])).append(", ").append(json(d.keysAndValues()[i + 1])).append(']');
            }
            return sb.append("]}").toString();
        }
        throw new IllegalArgumentException("no JSON form for " + a);
    }

    private static String cpsJson(String tag, int[] cps) {
        StringBuilder sb = new StringBuilder("{\"").append(tag).append("\": [");
        for (int i = 0; i < cps.length; i++) {
            sb.append(i == 0 ? "" : ",").append(cps[i]);
        }
        return sb.append("]}").toString();
    }

    /** The tagged result line for a value computed by Taipan's operations. */
    static String result(Object v) {
        if (v == null) {
            return "n";
        } else if (v instanceof TruffleString s) {
            StringBuilder sb = new StringBuilder("s:");
            int[] cps = StrCodePoints.toArray(s);
            for (int i = 0; i < cps.length; i++) {
                sb.append(i == 0 ? "" : " ").append(Integer.toHexString(cps[i]));
            }
            return sb.toString();
        } else if (v instanceof Boolean b) {
            return b ? "b:True" : "b:False";
        } else if (v instanceof Long || v instanceof Integer) {
            return "i:" + v;
        } else if (v instanceof byte[] bytes) {
            StringBuilder sb = new StringBuilder("y:");
            for (byte b : bytes) {
                sb.append(String.format("%02x", b & 0xFF));
            }
            return sb.toString();
        } else if (v instanceof List<?> list) {
            return seq("L[", list.toArray());
        } else if (v instanceof Object[] tuple) {
            return seq("T[", tuple);
        } else if (v instanceof Map<?, ?> map) {
            return dict(map);
        }
        throw new IllegalArgumentException("no result form for " + v.getClass());
    }

    private static String seq(String open, Object[] items) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : "|").append(result(items[i]));
        }
        return sb.append(']').toString();
    }

    private static String dict(Map<?, ?> map) {
        // Python sorts the keys (ints here): sort by numeric value the same way.
        TreeMap<Long, Object> sorted = new TreeMap<>();
        map.forEach((k, val) -> sorted.put(((Number) k).longValue(), val));
        StringBuilder sb = new StringBuilder("D[");
        boolean first = true;
        for (Map.Entry<Long, Object> e : sorted.entrySet()) {
            sb.append(first ? "" : "|").append(result(e.getKey())).append('=').append(result(e.getValue()));
            first = false;
        }
        return sb.append(']').toString();
    }

    /** A readable Python-ish literal for test names. */
    static String pythonLiteral(Object a) {
        if (a == null) {
            return "None";
        } else if (a instanceof String s) {
            StringBuilder sb = new StringBuilder("'");
            s.codePoints().forEach(cp -> sb.append(cp >= 0x20 && cp < 0x7F && cp != '\'' && cp != '\\' ? Character.toString(cp)
                            : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp)));
            String body = sb.append("'").toString();
            return body.length() > 60 ? body.substring(0, 57) + "...'" : body;
        } else if (a instanceof OracleCases.CodePoints c) {
            StringBuilder sb = new StringBuilder("'");
            for (int cp : c.cps()) {
                sb.append(String.format("\\U%08x", cp));
            }
            return sb.append("'").toString();
        } else if (a instanceof OracleCases.Tuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (Object o : t.items()) {
                sb.append(pythonLiteral(o)).append(", ");
            }
            return sb.append(')').toString();
        }
        return String.valueOf(a);
    }
}
