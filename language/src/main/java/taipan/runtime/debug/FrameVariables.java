package taipan.runtime.debug;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.FrameSlotTypeException;

import taipan.runtime.function.PCell;
import taipan.runtime.function.PFunction;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.module.PythonModule;

/**
 * The Python variables of a Truffle frame as a debugger shows them: slot 0 holds the globals module, named slots
 * without slot info are the variables (a cell's slot holds the cell), hidden slots carry slot info.
 */
public final class FrameVariables {

    /** Slot 0 of every Python frame (PythonFrame.GLOBALS_SLOT in the nodes module). */
    private static final int GLOBALS_SLOT = 0;

    private FrameVariables() {
    }

    /**
     * The frame the variables live in: a generator's body runs in the generator's materialised frame, while the
     * Truffle stack shows the body root's own empty frame whose argument is the generator.
     */
    public static Frame pythonFrame(Frame frame) {
        if (frame != null && frame.getFrameDescriptor().getNumberOfSlots() == 0 && frame.getArguments().length > 0
                        && frame.getArguments()[0] instanceof PGenerator generator) {
            return generator.getFrame();
        }
        return frame;
    }

    /** The module whose namespace the frame's global names live in, or null. */
    public static PythonModule globals(Frame frame) {
        Frame f = pythonFrame(frame);
        if (f != null && f.getFrameDescriptor().getNumberOfSlots() > GLOBALS_SLOT && valueOf(f, GLOBALS_SLOT) instanceof PythonModule m) {
            return m;
        }
        return null;
    }

    /** The function whose call made the frame (its first argument), or null for modules and generator bodies. */
    public static PFunction function(Frame frame) {
        Frame f = pythonFrame(frame);
        return f != null && f.getArguments().length > 0 && f.getArguments()[0] instanceof PFunction fn ? fn : null;
    }

    /** The names of the variables a frame of {@code descriptor} has, in slot order (parameters first). */
    @TruffleBoundary
    public static String[] names(FrameDescriptor descriptor) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            if (isVariable(descriptor, i)) {
                names.add((String) descriptor.getSlotName(i));
            }
        }
        return names.toArray(new String[0]);
    }

    /** The bound variables of {@code frame} and their values (a cell's contents; unbound ones left out). */
    public static Map<String, Object> values(Frame frame) {
        Map<String, Object> result = new LinkedHashMap<>();
        Frame f = pythonFrame(frame);
        FrameDescriptor descriptor = f.getFrameDescriptor();
        for (int i = GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            if (isVariable(descriptor, i)) {
                Object value = valueOf(f, i);
                if (value instanceof PCell cell) {
                    value = cell.get();
                }
                if (value != null) {
                    result.put((String) descriptor.getSlotName(i), value);
                }
            }
        }
        return result;
    }

    /** Whether {@code name} is one of the frame's variables (bound or not). */
    public static boolean isVariable(Frame frame, String name) {
        return slotOf(pythonFrame(frame).getFrameDescriptor(), name) >= 0;
    }

    /**
     * Sets the variable {@code name} of {@code frame} (a cell variable's cell contents) as the interpreter's own
     * store would: an int or float stays unboxed in a slot of that kind, anything else makes the slot an object
     * slot. False when the frame has no such variable. Called behind the scope's boundary.
     */
    public static boolean write(Frame frame, String name, Object value) {
        Frame f = pythonFrame(frame);
        FrameDescriptor descriptor = f.getFrameDescriptor();
        int slot = slotOf(descriptor, name);
        if (slot < 0) {
            return false;
        }
        FrameSlotKind kind = descriptor.getSlotKind(slot);
        if (valueOf(f, slot) instanceof PCell cell) {
            cell.set(value);
        } else if (value instanceof Long l && kind == FrameSlotKind.Long) {
            f.setLong(slot, l);
        } else if (value instanceof Double d && kind == FrameSlotKind.Double) {
            f.setDouble(slot, d);
        } else {
            descriptor.setSlotKind(slot, FrameSlotKind.Object);
            f.setObject(slot, value);
        }
        return true;
    }

    private static int slotOf(FrameDescriptor descriptor, String name) {
        for (int i = GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            if (isVariable(descriptor, i) && name.equals(descriptor.getSlotName(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVariable(FrameDescriptor descriptor, int slot) {
        // hidden slots carry slot info or a dunder name (__generator__, __locals__); __class__ is a real free variable
        return descriptor.getSlotName(slot) instanceof String name && descriptor.getSlotInfo(slot) == null
                        && (!(name.startsWith("__") && name.endsWith("__")) || name.equals("__class__"));
    }

    private static Object valueOf(Frame frame, int slot) {
        try {
            return frame.getValue(slot);
        } catch (FrameSlotTypeException | IllegalArgumentException e) {
            return null;
        }
    }
}
