package taipan.nodes.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.nodes.classes.ClassNamespaces;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PDict;

/**
 * CPython's {@code SETUP_ANNOTATIONS}: a module or class body with annotated names starts by making its
 * {@code __annotations__} dict, unless the namespace has one already.
 */
public final class SetupAnnotationsNode extends StatementNode {

    /** The class namespace's frame slot, or -1 for a module body (the globals). */
    private final int classNamespaceSlot;

    public SetupAnnotationsNode(int classNamespaceSlot) {
        this.classNamespaceSlot = classNamespaceSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (classNamespaceSlot >= 0) {
            setupClass(frame.getObject(classNamespaceSlot));
        } else {
            setupModule(PythonFrame.getGlobals(frame));
        }
    }

    @TruffleBoundary
    private void setupClass(Object namespace) {
        if (ClassNamespaces.get(this, namespace, "__annotations__") == null) {
            ClassNamespaces.put(this, namespace, "__annotations__", new PDict());
        }
    }

    @TruffleBoundary
    private static void setupModule(PythonModule module) {
        if (module.getAttribute("__annotations__") == null) {
            module.setAttribute("__annotations__", new PDict());
        }
    }
}
