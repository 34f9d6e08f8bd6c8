package taipan.runtime.object;

import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.iterator.PRange;
import taipan.runtime.str.PyStrings;

/**
 * The read-only data attributes of slices and ranges ({@code start}, {@code stop}, {@code step}), of memoryviews
 * ({@code format}, {@code itemsize}, {@code shape}, ...) and of dict views ({@code mapping}).
 */
public final class ContainerFields {
    private ContainerFields() {
    }

    public static boolean has(Object object, String name) {
        if (taipan.runtime.thread.ThreadFields.has(object, name) || StructSequences.has(object, name)) {
            return true;
        } else if (object instanceof PMemoryView) {
            return switch (name) {
                case "format", "itemsize", "readonly", "nbytes", "shape", "ndim", "strides", "obj", "contiguous",
                                "c_contiguous", "f_contiguous", "suboffsets" -> true;
                default -> false;
            };
        } else if (object instanceof PDictView) {
            return name.equals("mapping");
        }
        return (object instanceof PSlice || object instanceof PRange || object instanceof taipan.runtime.iterator.PBigRange)
                        && (name.equals("start") || name.equals("stop") || name.equals("step"));
    }

    /** The attribute; {@link #has} must hold. */
    public static Object get(Object object, String name) {
        if (taipan.runtime.thread.ThreadFields.has(object, name)) {
            return taipan.runtime.thread.ThreadFields.get(object, name);
        } else if (object instanceof PTuple) {
            return StructSequences.get(object, name);
        } else if (object instanceof PMemoryView m) {
            return memoryView(m, name);
        } else if (object instanceof PDictView v) {
            return new PMappingProxy(v.getDict());
        } else if (object instanceof PSlice s) {
            return name.equals("start") ? s.getStart() : name.equals("stop") ? s.getStop() : s.getStep();
        }
        if (object instanceof taipan.runtime.iterator.PBigRange b) {
            return name.equals("start") ? b.getStart() : name.equals("stop") ? b.getStop() : b.getStep();
        }
        PRange r = (PRange) object;
        return name.equals("start") ? r.getStart() : name.equals("stop") ? r.getStop() : r.getStep();
    }

    private static Object memoryView(PMemoryView m, String name) {
        int[] shape = m.getShape();
        return switch (name) {
            case "format" -> PyStrings.of(String.valueOf(m.getFormat()));
            case "itemsize" -> (long) m.getItemSize();
            case "readonly" -> m.isReadonly();
            case "nbytes" -> (long) m.length() * m.getItemSize();
            case "ndim" -> shape == null ? 1L : (long) shape.length;
            case "shape" -> shape == null ? new PTuple(new Object[]{(long) m.length()})
                            : new PTuple(new Object[]{(long) shape[0], (long) shape[1]});
            case "strides" -> shape == null ? new PTuple(new Object[]{(long) m.getStride()})
                            : new PTuple(new Object[]{(long) shape[1] * m.getItemSize(), (long) m.getItemSize()});
            case "obj" -> m.getExporter() != null ? m.getExporter() : m.getBase();
            case "suboffsets" -> PTuple.EMPTY;
            default -> m.getStride() == m.getItemSize();
        };
    }
}
