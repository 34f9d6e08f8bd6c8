package taipan.frontend.translate;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import taipan.frontend.scope.Scope;
import taipan.nodes.PythonFrame;

/** The function being translated: its analysed scope and the frame slots of its locals, parameters first. */
final class FunctionScope {

    private final Scope scope;
    private final FrameDescriptor.Builder descriptor = PythonFrame.newDescriptorBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    /** For a class body: the slot holding its namespace; -1 for a function. */
    private int classNamespaceSlot = -1;

    FunctionScope(Scope scope) {
        this.scope = scope;
        if (scope.isGenerator()) {
            // the generator object's own slot, at GeneratorFrame.GENERATOR_SLOT
            descriptor.addSlot(FrameSlotKind.Object, "__generator__", null);
        }
        for (String local : scope.locals()) {
            slot(local);
        }
    }

    Scope scope() {
        return scope;
    }

    int slot(String name) {
        return slots.computeIfAbsent(name, n -> descriptor.addSlot(FrameSlotKind.Illegal, n, null));
    }

    /** A hidden slot (the exception an {@code except} clause is handling). */
    int tempSlot() {
        return descriptor.addSlot(FrameSlotKind.Object, null, null);
    }

    /** A slot for a variable no other name shares (an inlined comprehension's), typed like a local. */
    int hiddenSlot(String name) {
        return descriptor.addSlot(FrameSlotKind.Illegal, name, null);
    }

    boolean isClassBody() {
        return classNamespaceSlot >= 0;
    }

    int classNamespaceSlot() {
        return classNamespaceSlot;
    }

    void setClassNamespaceSlot(int slot) {
        classNamespaceSlot = slot;
    }

    FrameDescriptor build() {
        return descriptor.build();
    }
}
