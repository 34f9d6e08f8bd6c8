package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotTypeException;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.root.ModuleRootNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The {@code NameError} of a failed name lookup: with its {@code name} attribute and the scope the lookup ran in
 * (the function's bound variables and the module's globals), which the traceback's innermost frame shows as
 * {@code f_locals}/{@code f_globals}, so "Did you mean" finds the names CPython finds.
 */
final class NameErrors {

    private NameErrors() {
    }

    /** Raised at {@code location} with the message {@code format % name}; {@code frame} is the looking-up frame. */
    @TruffleBoundary
    static PException raise(Node location, MaterializedFrame frame, String format, String name) {
        PException carrier = PythonErrors.raise(location, BuiltinType.NAME_ERROR, format, name);
        PBaseException e = carrier.getPythonException();
        e.setField("name", PyStrings.of(name));
        if (frame.getFrameDescriptor().getNumberOfSlots() > PythonFrame.GLOBALS_SLOT
                        && frame.getValue(PythonFrame.GLOBALS_SLOT) instanceof PythonModule module) {
            boolean moduleLevel = location.getRootNode() instanceof ModuleRootNode;
            e.setRaisingScope(moduleLevel ? null : locals(location, frame), module.getDict());
        }
        return carrier;
    }

    /** A snapshot of the function's bound variables, as {@code f_locals} shows them (PEP 667). */
    private static PDict locals(Node location, MaterializedFrame frame) {
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        PDict snapshot = new PDict();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int i = PythonFrame.GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            if (!(descriptor.getSlotName(i) instanceof String name) || descriptor.getSlotInfo(i) != null
                            || name.equals("__generator__")) {
                continue;
            }
            Object value = slotValue(frame, i);
            if (value instanceof PCell cell) {
                value = cell.get();
            }
            if (value != null) {
                snapshot.getStorage().put(mode, ops, PyStrings.of(name), value);
            }
        }
        return snapshot;
    }

    private static Object slotValue(MaterializedFrame frame, int slot) {
        try {
            return frame.getValue(slot);
        } catch (FrameSlotTypeException e) {
            return null;
        }
    }
}
