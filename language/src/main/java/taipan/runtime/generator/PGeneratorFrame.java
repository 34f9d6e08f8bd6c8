package taipan.runtime.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.function.PCell;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The frame object of a suspended (or not yet started) generator, coroutine or async generator
 * ({@code gi_frame}): a view of the body's materialised frame, made on demand, with {@code f_locals},
 * {@code f_lineno}, {@code f_code}, {@code f_back} and {@code f_globals}.
 */
public final class PGeneratorFrame implements GeneratorFamily {

    private final PGenerator generator;

    public PGeneratorFrame(PGenerator generator) {
        this.generator = generator;
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.FRAME;
    }

    public static boolean isAttribute(String name) {
        return switch (name) {
            case "f_locals", "f_lineno", "f_code", "f_back" -> true;
            default -> false;
        };
    }

    /** The attribute's value, or null when frames have no such attribute. */
    public Object get(String name, ThreadingMode mode) {
        return switch (name) {
            case "f_locals" -> locals(mode);
            case "f_lineno" -> (long) generator.getLine();
            case "f_code" -> generator.getCode() == null ? PNone.NONE : generator.getCode();
            case "f_back" -> PNone.NONE;
            default -> null;
        };
    }

    /** The body's named slots that hold a value, cells read through, in slot order (parameters first). */
    @TruffleBoundary
    private PDict locals(ThreadingMode mode) {
        MaterializedFrame frame = generator.getFrame();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        PDict dict = new PDict();
        BuiltinEquality ops = new BuiltinEquality(mode);
        for (int i = 0; i < descriptor.getNumberOfSlots(); i++) {
            if (!(descriptor.getSlotName(i) instanceof String name) || name.startsWith(".") || name.startsWith("__")) {
                continue;
            }
            Object value = frame.getValue(i);
            if (value instanceof PCell cell) {
                value = cell.get();
            }
            if (value != null) {
                dict.getStorage().put(mode, ops, PyStrings.of(name), value);
            }
        }
        return dict;
    }
}
