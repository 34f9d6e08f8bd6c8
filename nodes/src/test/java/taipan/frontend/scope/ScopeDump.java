package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Renders a scope tree in the text form oracle_scope.py prints for CPython's symtable. */
final class ScopeDump {

    private ScopeDump() {
    }

    static String dump(Scope top) {
        List<String> out = new ArrayList<>();
        dump(top, out, "");
        return String.join("\n", out);
    }

    private static void dump(Scope s, List<String> out, String ind) {
        List<String> params = new ArrayList<>();
        for (String p : s.parameters()) {
            params.add("'" + p + "'");
        }
        out.add(ind + s.type().ordinal() + " " + s.name() + " " + s.lineno() + " nested=" + (s.isNested() ? 1 : 0)
                        + " params=[" + String.join(", ", params) + "]");
        for (String k : new TreeSet<>(s.names())) {
            out.add(ind + "  " + k + ": " + s.flags(k));
        }
        for (Scope c : s.children()) {
            dump(c, out, ind + "  ");
        }
    }
}
