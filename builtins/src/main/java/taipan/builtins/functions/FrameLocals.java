package taipan.builtins.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotTypeException;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.runtime.dict.NamespaceBacking;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * A function frame's {@code f_locals} (PEP 667's {@code FrameLocalsProxy}): reads see the variables as they are
 * now, writes go to the frame's slots (or cells), and other keys live in a dict kept beside the frame, which
 * {@code locals()} shows too. Variables cannot be deleted through it.
 */
final class FrameLocals implements NamespaceBacking {

    /** The keys that are not variables, per frame (CPython's {@code f_extra_locals}); gone with the frame. */
    private static final Map<Frame, PDict> EXTRAS = new WeakHashMap<>();

    private final Frame frame;

    private FrameLocals(Frame frame) {
        this.frame = frame;
    }

    /** A new proxy over {@code frame} (each {@code f_locals} read makes one, as CPython's does); a slow path. */
    static Object proxy(Frame frame) {
        PDict dict = new PDict();
        dict.getStorage().setBacking(new FrameLocals(frame));
        return new PBuiltinSubclassObject(TaipanLanguage.get(null).getBuiltinClass(BuiltinType.FRAME_LOCALS_PROXY)
                        .getInstanceShape(), dict);
    }

    /** The extra keys written through a proxy of {@code frame}, or null (a slow path). */
    static PDict extras(Frame frame) {
        synchronized (EXTRAS) {
            return EXTRAS.get(frame);
        }
    }

    private PDict extrasOrCreate() {
        synchronized (EXTRAS) {
            return EXTRAS.computeIfAbsent(frame, f -> new PDict());
        }
    }

    private static ThreadingMode mode() {
        return TaipanLanguage.get(null).threadingMode();
    }

    /** The slot of the variable {@code key} names, or -1. */
    private int slotOf(Object key) {
        Object k = PBuiltinSubclassObject.unwrap(key);
        if (!(k instanceof com.oracle.truffle.api.strings.TruffleString s)) {
            return -1;
        }
        String name = s.toJavaStringUncached();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int i = PythonFrame.GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            if (isVariable(descriptor, i) && name.equals(descriptor.getSlotName(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isVariable(FrameDescriptor descriptor, int slot) {
        return descriptor.getSlotName(slot) instanceof String name && descriptor.getSlotInfo(slot) == null
                        && !name.equals("__generator__");
    }

    /** The variable's value, or null when it is unbound. */
    private Object variable(int slot) {
        Object value;
        try {
            value = frame.getValue(slot);
        } catch (FrameSlotTypeException e) {
            return null;
        }
        return value instanceof PCell cell ? cell.get() : value;
    }

    @Override
    @TruffleBoundary
    public int length() {
        return snapshot()[0].length;
    }

    @Override
    @TruffleBoundary
    public Object get(Object key) {
        int slot = slotOf(key);
        if (slot >= 0) {
            return variable(slot);
        }
        PDict extra = extras(frame);
        return extra == null ? null : extra.getStorage().get(mode(), new BuiltinEquality(mode()), key);
    }

    @Override
    @TruffleBoundary
    public Object store(Object key, Object value, boolean keepExisting) {
        Object existing = keepExisting ? get(key) : null;
        if (existing != null) {
            return existing;
        }
        int slot = slotOf(key);
        if (slot < 0) {
            extrasOrCreate().getStorage().put(mode(), new BuiltinEquality(mode()), key, value);
        } else if (frame.isObject(slot) && frame.getObject(slot) instanceof PCell cell) {
            cell.set(value);
        } else {
            frame.setObject(slot, value);
        }
        return value;
    }

    @Override
    @TruffleBoundary
    public Object remove(Object key) {
        int slot = slotOf(key);
        if (slot >= 0) {
            throw PythonErrors.raise(null, BuiltinType.VALUE_ERROR, "cannot remove local variables from FrameLocalsProxy");
        }
        PDict extra = extras(frame);
        BuiltinEquality ops = new BuiltinEquality(mode());
        return extra == null ? null : extra.getStorage().remove(mode(), ops, key, ops.hash(key));
    }

    @Override
    @TruffleBoundary
    public void clear() {
        throw PythonErrors.raise(null, BuiltinType.VALUE_ERROR, "cannot remove local variables from FrameLocalsProxy");
    }

    @Override
    @TruffleBoundary
    public Object[][] snapshot() {
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int i = PythonFrame.GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            Object value = isVariable(descriptor, i) ? variable(i) : null;
            if (value != null) {
                keys.add(PyStrings.of((String) descriptor.getSlotName(i)));
                values.add(value);
            }
        }
        PDict extra = extras(frame);
        if (extra != null) {
            Object[][] entries = extra.getStorage().snapshot(mode());
            keys.addAll(List.of(entries[0]));
            values.addAll(List.of(entries[1]));
        }
        return new Object[][]{keys.toArray(), values.toArray(), new Object[keys.size()]};
    }

}
