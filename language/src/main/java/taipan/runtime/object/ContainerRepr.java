package taipan.runtime.object;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.language.TaipanLanguage;
import taipan.runtime.dict.DictIteratorState;
import taipan.threading.ThreadingMode;

/**
 * {@code repr()} of dicts, sets, frozensets, slices and dict views, with CPython's {@code {...}} for a dict reached
 * again while its own repr is built (Py_ReprEnter). Returns null for other values.
 */
final class ContainerRepr {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ContainerRepr() {
    }

    @TruffleBoundary
    static String repr(Object value) {
        if (value instanceof taipan.runtime.collections.PDefaultDict d) {
            Object factory = d.getDefaultFactory();
            String name = d.getSubclass() == null ? "defaultdict" : d.getSubclass().getName();
            return name + "(" + (factory == null ? "None" : Repr.repr(factory)) + ", " + dict(d) + ")";
        } else if (value instanceof PDict d) {
            return dict(d);
        } else if (value instanceof PSet s) {
            return set(s, "set()", "{", "}");
        } else if (value instanceof PFrozenSet s) {
            return set(s, "frozenset()", "frozenset({", "})");
        } else if (value instanceof PSlice s) {
            return "slice(" + Repr.repr(s.getStart()) + ", " + Repr.repr(s.getStop()) + ", " + Repr.repr(s.getStep()) + ")";
        } else if (value instanceof PDictView v) {
            return view(v);
        }
        return null;
    }

    private static ThreadingMode mode() {
        return TaipanLanguage.get(null).threadingMode();
    }

    private static String dict(PDict d) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.put(d, Boolean.TRUE) != null) {
            return "{...}";
        }
        try {
            Object[][] entries = d.getStorage().snapshot(mode());
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < entries[0].length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Repr.repr(entries[0][i])).append(": ").append(Repr.repr(entries[1][i]));
            }
            return sb.append('}').toString();
        } finally {
            active.remove(d);
        }
    }

    private static String set(PBaseSet s, String empty, String open, String close) {
        Object[] elements = s.getStorage().orderedElements(mode());
        if (elements.length == 0) {
            return empty;
        }
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.put(s, Boolean.TRUE) != null) {
            return PythonTypes.builtinTypeOf(s).getPythonName() + "(...)";
        }
        try {
            return open + items(elements) + close;
        } finally {
            active.remove(s);
        }
    }

    private static String items(Object[] elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Repr.repr(elements[i]));
        }
        return sb.toString();
    }

    private static String view(PDictView v) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.put(v, Boolean.TRUE) != null) {
            return "...";
        }
        try {
            Object[][] entries = v.getDict().getStorage().snapshot(mode());
            Object[] shown = entries[v.getKind() == DictIteratorState.Kind.VALUES ? 1 : 0];
            if (v.getKind() == DictIteratorState.Kind.ITEMS) {
                shown = new Object[entries[0].length];
                for (int i = 0; i < shown.length; i++) {
                    shown[i] = new PTuple(new Object[]{entries[0][i], entries[1][i]});
                }
            }
            return PythonTypes.builtinTypeOf(v).getPythonName() + "([" + items(shown) + "])";
        } finally {
            active.remove(v);
        }
    }
}
