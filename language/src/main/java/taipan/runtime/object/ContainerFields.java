package taipan.runtime.object;

import taipan.runtime.iterator.PRange;

/** The read-only data attributes of slices and ranges ({@code start}, {@code stop}, {@code step}). */
public final class ContainerFields {
    private ContainerFields() {
    }

    public static boolean has(Object object, String name) {
        return (object instanceof PSlice || object instanceof PRange)
                        && (name.equals("start") || name.equals("stop") || name.equals("step"))
                        || taipan.runtime.thread.ThreadFields.has(object, name) || StructSequences.has(object, name);
    }

    /** The attribute; {@link #has} must hold. */
    public static Object get(Object object, String name) {
        if (taipan.runtime.thread.ThreadFields.has(object, name)) {
            return taipan.runtime.thread.ThreadFields.get(object, name);
        } else if (object instanceof PTuple) {
            return StructSequences.get(object, name);
        }
        if (object instanceof PSlice s) {
            return name.equals("start") ? s.getStart() : name.equals("stop") ? s.getStop() : s.getStep();
        }
        PRange r = (PRange) object;
        return name.equals("start") ? r.getStart() : name.equals("stop") ? r.getStop() : r.getStep();
    }
}
