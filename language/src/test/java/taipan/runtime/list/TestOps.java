package taipan.runtime.list;

import java.util.Objects;

/**
 * A test stand-in for the interpreter's element protocol: ints (Long), bools, floats (Double) and strings compare
 * and hash as Python's do (1 == 1.0 == True, equal hashes); {@link Key} objects call their own callbacks.
 */
public final class TestOps implements ElementOps {
    public static final TestOps OPS = new TestOps();

    /** A Python object with a user-defined {@code __eq__}/{@code __hash__}, for callbacks. */
    public static class Key {
        public final int id;
        public final long hash;

        public Key(int id, long hash) {
            this.id = id;
            this.hash = hash;
        }

        /** The user's {@code __eq__}; subclasses may mutate containers or throw here. */
        public boolean pyEq(Object other) {
            return other instanceof Key k && k.id == id;
        }

        @Override
        public String toString() {
            return "Key(" + id + ")";
        }
    }

    @Override
    public boolean eq(Object a, Object b) {
        if (a instanceof Key k) {
            return k.pyEq(b);
        }
        if (b instanceof Key k) {
            return k.pyEq(a);
        }
        if (isNumber(a) && isNumber(b)) {
            return asDouble(a) == asDouble(b);
        }
        return Objects.equals(a, b);
    }

    @Override
    public long hash(Object o) {
        if (o instanceof Key k) {
            return k.hash;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return (long) d.doubleValue();
        }
        if (o instanceof Long l) {
            return l;
        }
        return Objects.hashCode(o);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean lt(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return asDouble(a) < asDouble(b);
        }
        if (a instanceof Key x && b instanceof Key y) {
            return x.id < y.id;
        }
        return ((Comparable<Object>) a).compareTo(b) < 0;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean;
    }

    private static double asDouble(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).doubleValue();
    }

    /** Python's repr of a list of test values: ints, floats, strings, None-less. */
    public static String repr(Object[] items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(reprOf(items[i]));
        }
        return sb.append(']').toString();
    }

    public static String reprOf(Object o) {
        if (o instanceof String s) {
            return "'" + s + "'";
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(o);
    }
}
