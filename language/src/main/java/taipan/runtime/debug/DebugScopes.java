package taipan.runtime.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.nodes.RootNode;

import taipan.runtime.function.PFunction;
import taipan.runtime.module.PythonModule;

/**
 * What {@code NodeLibrary} answers for a node of Python code (the messages are exported on the nodes' base class):
 * a function's frame shows its variables with the module's globals as parent scope, module-level code shows the
 * globals, the root instance is the function object, and {@code self}/{@code cls} is the receiver.
 */
public final class DebugScopes {

    private DebugScopes() {
    }

    /** The innermost scope at a node of {@code root}; {@code frame} is null for a static query (names only). */
    public static Object scope(RootNode root, Frame frame) {
        String name = root == null ? "?" : root.getQualifiedName();
        if (frame == null) {
            return FrameScope.of(name, root.getFrameDescriptor(), null);
        }
        PythonModule globals = FrameVariables.globals(frame);
        if (FrameVariables.function(frame) == null && globals != null) {
            return new GlobalsScope(globals);
        }
        return FrameScope.of(name, root.getFrameDescriptor(), frame);
    }

    /** The function object running in {@code frame}, or null (module-level code, class bodies). */
    public static Object rootInstance(Frame frame) {
        PFunction function = frame == null ? null : FrameVariables.function(frame);
        return function == null ? null : ValueView.of(function);
    }

    /** {@code self} or {@code cls} when it is the frame's first parameter (a method's receiver), else null. */
    public static String receiverName(Frame frame) {
        if (frame == null || FrameVariables.function(frame) == null) {
            return null;
        }
        String[] names = FrameVariables.names(FrameVariables.pythonFrame(frame).getFrameDescriptor());
        return names.length > 0 && (names[0].equals("self") || names[0].equals("cls")) ? names[0] : null;
    }
}
