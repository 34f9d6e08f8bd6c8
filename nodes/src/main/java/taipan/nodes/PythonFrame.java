package taipan.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.runtime.module.PythonModule;

/**
 * The layout of every Python frame: slot 0 holds the globals (the module whose namespace global names live in),
 * written once on entry; local variables (functions) follow.
 */
public final class PythonFrame {

    public static final int GLOBALS_SLOT = 0;

    private PythonFrame() {
    }

    /** A frame descriptor builder with the fixed slots already added. */
    public static FrameDescriptor.Builder newDescriptorBuilder() {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder();
        builder.addSlot(FrameSlotKind.Object, "__globals__", null);
        return builder;
    }

    public static PythonModule getGlobals(VirtualFrame frame) {
        return (PythonModule) frame.getObject(GLOBALS_SLOT);
    }

    public static void setGlobals(VirtualFrame frame, PythonModule globals) {
        frame.setObject(GLOBALS_SLOT, globals);
    }
}
