package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PFrozenSet;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSet;
import taipan.runtime.set.SetStorage;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code set} and {@code frozenset}: constructors and the element methods (CPython's Objects/setobject.c). */
@CoreFunctions(extendClasses = BuiltinType.SET)
public final class SetBuiltins {

    private SetBuiltins() {
    }

    /** Beyond this size, pop takes the last element added (O(1)) instead of CPython's first in table order. */
    private static final int ORDERED_POP_LIMIT = 64;

    static ThreadingMode mode(Node node) {
        return TaipanLanguage.get(node).threadingMode();
    }

    static BuiltinEquality ops(Node node) {
        return new BuiltinEquality(mode(node));
    }

    /** A new storage holding the items of {@code iterable} (NO_VALUE: empty). */
    static SetStorage fromIterable(Node node, Object iterable, SequenceItemsNode items) {
        SetStorage storage = new SetStorage();
        if (iterable instanceof PBaseSet other) {
            return other.getStorage().copy(mode(node));
        }
        if (iterable != PNone.NO_VALUE) {
            storage.addAll(mode(node), ops(node), items.execute(iterable, null));
        }
        return storage;
    }

    static RuntimeException error(Node node, ContainerError e) {
        return PythonErrors.fromContainerError(node, e);
    }

    @Builtin(name = "set", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.SET, splitPerCallSite = true)
    abstract static class SetNode extends PythonBinaryBuiltinNode {
        @Specialization
        PSet doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached SequenceItemsNode items) {
            return new PSet(fromIterable(this, iterable, items));
        }
    }

    @Builtin(name = "frozenset", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.FROZENSET, splitPerCallSite = true)
    abstract static class FrozenSetNode extends PythonBinaryBuiltinNode {
        @Specialization
        PFrozenSet doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached SequenceItemsNode items) {
            if (iterable instanceof PFrozenSet f) {
                return f;
            }
            return new PFrozenSet(fromIterable(this, iterable, items));
        }
    }

    @Builtin(name = "add", parameterNames = {"self", "object"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAdd(PSet self, Object value) {
            self.getStorage().add(mode(this), ops(this), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", parameterNames = {"self", "object"}, minNumOfPositionalArgs = 2)
    abstract static class DiscardNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doDiscard(PSet self, Object value) {
            self.getStorage().discard(mode(this), ops(this), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", parameterNames = {"self", "object"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRemove(PSet self, Object value) {
            try {
                self.getStorage().remove(mode(this), ops(this), value);
            } catch (ContainerError e) {
                throw error(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doPop(PSet self) {
            try {
                SetStorage storage = self.getStorage();
                int n = storage.length(mode(this));
                if (n > 0 && n <= ORDERED_POP_LIMIT) {
                    // CPython pops the first element in its table order; small sets follow it (printed results).
                    Object first = storage.orderedElements(mode(this))[0];
                    if (storage.discard(mode(this), ops(this), first)) {
                        return first;
                    }
                }
                return storage.pop(mode(this));
            } catch (ContainerError e) {
                throw error(this, e);
            }
        }
    }

    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClear(PSet self) {
            self.getStorage().clear(mode(this));
            return PNone.NONE;
        }
    }
}
