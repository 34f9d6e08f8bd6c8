package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListStorage;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code list}: the constructor and the methods that add or remove items (CPython's Objects/listobject.c). */
@CoreFunctions(extendClasses = BuiltinType.LIST)
public final class ListBuiltins {

    private ListBuiltins() {
    }

    static ThreadingMode mode(Node node) {
        return TaipanLanguage.get(node).threadingMode();
    }

    static taipan.runtime.object.BuiltinEquality equality(Node node) {
        return new taipan.runtime.object.BuiltinEquality(mode(node));
    }

    /** Appends every item of {@code iterable} to {@code target}; a list is copied in one step. */
    static void extendFrom(Node node, ListStorage target, Object iterable, PyObjectGetIterNode getIter,
                    PyIterNextNode next) {
        ThreadingMode mode = mode(node);
        try {
            if (iterable instanceof PList other) {
                target.extend(mode, other.getStorage());
                return;
            }
            Object iterator = getIter.execute(iterable);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                target.append(mode, item);
            }
        } catch (ContainerError e) {
            throw PythonErrors.fromContainerError(node, e);
        }
    }

    @Builtin(name = "list", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.LIST, splitPerCallSite = true)
    abstract static class ListNode extends PythonBinaryBuiltinNode {
        @Specialization
        PList doCreate(@SuppressWarnings("unused") Object cls, Object iterable,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            ListStorage storage = new ListStorage();
            if (iterable != PNone.NO_VALUE) {
                extendFrom(this, storage, iterable, getIter, next);
            }
            return new PList(storage);
        }
    }

    @Builtin(name = "append", parameterNames = {"self", "object"}, minNumOfPositionalArgs = 2)
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAppend(PList self, Object value) {
            try {
                self.getStorage().append(mode(this), value);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", parameterNames = {"self", "iterable"}, minNumOfPositionalArgs = 2)
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doExtend(PList self, Object iterable, @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next) {
            extendFrom(this, self.getStorage(), iterable, getIter, next);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", parameterNames = {"self", "index", "object"}, minNumOfPositionalArgs = 3)
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doInsert(PList self, Object index, Object value) {
            try {
                self.getStorage().insert(mode(this), ListArgs.index(this, index), value);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 1)
    abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doPop(PList self, Object index) {
            try {
                if (index == PNone.NO_VALUE) {
                    return self.getStorage().pop(mode(this));
                }
                return self.getStorage().pop(mode(this), ListArgs.index(this, index));
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }
}
