package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.FrameSlotTypeException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.generator.GeneratorBodyRootNode;
import taipan.nodes.root.CodeRootNode;
import taipan.nodes.root.ModuleRootNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The Python frame that called a built-in ({@code globals()}, {@code locals()}, {@code eval()} ...), materialised
 * on demand by walking the Truffle stack: the nearest frame whose globals slot holds a module.
 */
record CallerFrame(PythonModule globals, Frame frame, RootNode root) {

    /** The caller of the built-in at {@code location}; SystemError when there is none (an embedder's direct call). */
    @TruffleBoundary
    static CallerFrame find(Node location) {
        CallerFrame found = Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            Frame frame = instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            RootNode root = instance.getCallTarget() instanceof RootCallTarget target ? target.getRootNode() : null;
            if (root instanceof GeneratorBodyRootNode && frame.getArguments().length > 0
                            && frame.getArguments()[0] instanceof PGenerator generator) {
                frame = generator.getFrame();
            }
            if (frame.getFrameDescriptor().getNumberOfSlots() > PythonFrame.GLOBALS_SLOT
                            && frame.getValue(PythonFrame.GLOBALS_SLOT) instanceof PythonModule module) {
                return new CallerFrame(module, frame, root);
            }
            return null;
        });
        if (found == null) {
            throw PythonErrors.raise(location, BuiltinType.SYSTEM_ERROR, "no current frame");
        }
        return found;
    }

    /** The locals {@code exec}/{@code eval} use by default: a class body's namespace itself, else {@link #locals}. */
    @TruffleBoundary
    Object execLocals(Node location) {
        return locals(location);
    }

    /**
     * CPython 3.13's {@code locals()}: the namespace itself at module level (and the locals mapping {@code exec}
     * was given), a fresh snapshot of the variables in a function (PEP 667), the class namespace's entries in a
     * class body.
     */
    @TruffleBoundary
    Object locals(Node location) {
        if (root instanceof ModuleRootNode) {
            return globals.getDict();
        } else if (root instanceof taipan.nodes.classes.ClassBodyRootNode body) {
            // the mapping __prepare__ returned, itself (CPython's class-body locals())
            return frame.getValue(body.getNamespaceSlot());
        } else if (root instanceof CodeRootNode) {
            Object namespace = slotValue(PythonFrame.GLOBALS_SLOT + 1);
            return namespace != null ? namespace : globals.getDict();
        }
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        PDict snapshot = new PDict();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int i = PythonFrame.GLOBALS_SLOT + 1; i < descriptor.getNumberOfSlots(); i++) {
            Object value = slotValue(i);
            if (!(descriptor.getSlotName(i) instanceof String name) || descriptor.getSlotInfo(i) != null
                            || name.equals("__generator__")) {
                continue;
            }
            if (value instanceof PCell cell) {
                value = cell.get();
            }
            if (value != null) {
                snapshot.getStorage().put(mode, ops, PyStrings.of(name), value);
            }
        }
        PDict extras = FrameLocals.extras(frame);
        if (extras != null) {
            snapshot.getStorage().update(mode, ops, extras.getStorage());
        }
        return snapshot;
    }

    /** {@code frame.f_locals}: a write-through FrameLocalsProxy for a function, else what {@link #locals} gives. */
    @TruffleBoundary
    Object frameLocals(Node location) {
        if (root instanceof ModuleRootNode || root instanceof taipan.nodes.classes.ClassBodyRootNode || root instanceof CodeRootNode) {
            return locals(location);
        }
        return FrameLocals.proxy(frame);
    }

    /** A slot's value, or null when it is unbound (never written, or cleared after an inlined comprehension). */
    private Object slotValue(int slot) {
        try {
            return frame.getValue(slot);
        } catch (FrameSlotTypeException e) {
            return null;
        }
    }
}
