package taipan.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.iterator.PRange;
import taipan.runtime.list.ElementOps;
import taipan.runtime.set.SetStorage;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/** The items of built-in iterables without running guest code, for operators that accept "any iterable". */
public final class ContainerItems {
    private ContainerItems() {
    }

    /** The items of a built-in iterable, or null for other objects (values views included: they are no sets). */
    @TruffleBoundary
    public static Object[] of(ThreadingMode mode, Object o) {
        if (o instanceof PList l) {
            return l.getStorage().toArray(mode);
        } else if (o instanceof PTuple t) {
            return t.getItems();
        } else if (o instanceof PBaseSet s) {
            return s.getStorage().elements(mode);
        } else if (o instanceof PDict d) {
            return d.getStorage().snapshot(mode)[0];
        } else if (o instanceof PDictView v) {
            return viewItems(mode, v);
        } else if (o instanceof PRange r) {
            Object[] items = new Object[(int) Math.min(r.length(), Integer.MAX_VALUE - 8)];
            for (int i = 0; i < items.length; i++) {
                items[i] = r.getStart() + i * r.getStep();
            }
            return items;
        } else if (o instanceof TruffleString s) {
            int n = s.codePointLengthUncached(PyStrings.ENCODING);
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = s.substringUncached(i, 1, PyStrings.ENCODING, true);
            }
            return items;
        }
        return null;
    }

    /** A view's keys, values or (key, value) tuples. */
    @TruffleBoundary
    public static Object[] viewItems(ThreadingMode mode, PDictView v) {
        Object[][] entries = v.getDict().getStorage().snapshot(mode);
        if (v.getKind() != DictIteratorState.Kind.ITEMS) {
            return entries[v.getKind() == DictIteratorState.Kind.KEYS ? 0 : 1];
        }
        Object[] items = new Object[entries[0].length];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PTuple(new Object[]{entries[0][i], entries[1][i]});
        }
        return items;
    }

    /** {@code o} as a set: sets as they are, keys/items views and other built-in iterables collected; else null. */
    @TruffleBoundary
    public static SetStorage asSet(ThreadingMode mode, ElementOps ops, Object o) {
        if (o instanceof PBaseSet s) {
            return s.getStorage();
        }
        if (o instanceof PDictView v && v.getKind() == DictIteratorState.Kind.VALUES) {
            return null;
        }
        Object[] items = of(mode, o);
        return items == null ? null : SetStorage.of(mode, ops, items);
    }
}
