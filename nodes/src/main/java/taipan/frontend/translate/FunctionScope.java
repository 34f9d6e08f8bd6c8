package taipan.frontend.translate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import taipan.frontend.scope.Scope;
import taipan.nodes.PythonFrame;

/**
 * The function being translated: its analysed scope and the frame slots of its locals, parameters first. A cell or
 * free variable's slot holds its cell object ({@code PCell}), the others hold the value itself.
 */
final class FunctionScope {

    private final Scope scope;
    private final FrameDescriptor.Builder descriptor = PythonFrame.newDescriptorBuilder();
    private final Map<String, Integer> slots = new HashMap<>();
    /** For a class body: the slot holding its namespace; -1 for a function. */
    private int classNamespaceSlot = -1;
    private final Set<String> cells = new HashSet<>();

    FunctionScope(Scope scope) {
        this.scope = scope;
        if (GeneratorTranslator.isResumable(scope)) {
            // the generator object's own slot, at GeneratorFrame.GENERATOR_SLOT
            descriptor.addSlot(FrameSlotKind.Object, "__generator__", null);
        }
        cells.addAll(scope.cellvars());
        cells.addAll(scope.freevars());
        for (String local : scope.locals()) {
            slot(local);
        }
        for (String cell : cells) {
            slot(cell);
        }
    }

    Scope scope() {
        return scope;
    }

    int slot(String name) {
        return slots.computeIfAbsent(name, n -> descriptor.addSlot(
                        cells.contains(n) ? FrameSlotKind.Object : FrameSlotKind.Illegal, n, null));
    }

    /** Whether {@code name}'s slot holds a cell (a cell variable of this scope or a free one). */
    boolean isCell(String name) {
        return cells.contains(name);
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
