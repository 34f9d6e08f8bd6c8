package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.collections.PDeque;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.threading.ThreadingMode;

/**
 * {@code collections.deque}'s constructor and its named methods (CPython's {@code deque_methods} in
 * {@code Modules/_collectionsmodule.c}); the dunders are in {@link DequeDunderBuiltins}.
 */
@CoreFunctions(extendClasses = BuiltinType.DEQUE)
public final class DequeBuiltins {


    private DequeBuiltins() {
    }

    static ThreadingMode mode(Node node) {
        return TaipanLanguage.get(node).threadingMode();
    }

    /** A deque's {@code maxlen} argument: -1 for None, else a non-negative int. */
    static long maxlen(Node node, Object value) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return -1;
        }
        long n = NumberArgs.asLong(node, value);
        if (n < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "maxlen must be non-negative");
        }
        return n;
    }

    /** Appends every item of an iterable (a snapshot first when it is the deque itself). */
    static void extend(Node node, PDeque deque, Object iterable, boolean left, PyObjectGetIterNode getIter, PyIterNextNode next) {
        ThreadingMode mode = mode(node);
        Object source = iterable == deque ? new taipan.runtime.object.PTuple(deque.toArray(mode)) : iterable;
        Object iterator = getIter.execute(source);
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            deque.append(mode, item, left);
        }
    }

    /** The index of the first item equal to {@code value} in [start, stop), or -1. */
    static int find(Node node, PDeque deque, Object value, long start, long stop, PyObjectRichCompareNode equal,
                    PyObjectIsTrueNode isTrue) {
        Object[] items = deque.toArray(mode(node));
        long from = start < 0 ? Math.max(0, start + items.length) : start;
        long to = stop < 0 ? stop + items.length : Math.min(stop, items.length);
        for (long i = from; i < to; i++) {
            Object item = items[(int) i];
            if (item == value || isTrue.execute(equal.execute(item, value))) {
                return (int) i;
            }
        }
        return -1;
    }

    @Builtin(name = "deque", parameterNames = {"cls", "iterable", "maxlen"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.DEQUE)
    abstract static class DequeNode extends PythonTernaryBuiltinNode {
        @Specialization
        PDeque doCreate(Object cls, Object iterable, Object maxlen,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            PythonClass type = (PythonClass) cls;
            PDeque deque = new PDeque(type.getInstanceShape());
            // a subclass with its own __init__ initialises through it (and super().__init__), as tp_init would
            if (!(type.lookup("__init__") instanceof PFunction)) {
                deque.setMaxlen(maxlen(this, maxlen));
                if (iterable != PNone.NO_VALUE) {
                    extend(this, deque, iterable, false, getIter, next);
                }
            }
            return deque;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "iterable", "maxlen"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doInit(PDeque self, Object iterable, Object maxlen, @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next) {
            self.setMaxlen(maxlen(this, maxlen));
            self.clear(mode(this));
            if (iterable != PNone.NO_VALUE) {
                extend(this, self, iterable, false, getIter, next);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", parameterNames = {"self", "x"}, minNumOfPositionalArgs = 2)
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAppend(PDeque self, Object x) {
            self.append(mode(this), x, false);
            return PNone.NONE;
        }
    }

    @Builtin(name = "appendleft", parameterNames = {"self", "x"}, minNumOfPositionalArgs = 2)
    abstract static class AppendLeftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAppend(PDeque self, Object x) {
            self.append(mode(this), x, true);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doPop(PDeque self) {
            try {
                return self.pop(mode(this), false);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "popleft", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PopLeftNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doPop(PDeque self) {
            try {
                return self.pop(mode(this), true);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "extend", parameterNames = {"self", "iterable"}, minNumOfPositionalArgs = 2)
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doExtend(PDeque self, Object iterable, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            extend(this, self, iterable, false, getIter, next);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extendleft", parameterNames = {"self", "iterable"}, minNumOfPositionalArgs = 2)
    abstract static class ExtendLeftNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doExtend(PDeque self, Object iterable, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            extend(this, self, iterable, true, getIter, next);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClear(PDeque self) {
            self.clear(mode(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        long doCount(PDeque self, Object value, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            long count = 0;
            for (Object item : self.toArray(mode(this))) {
                if (item == value || isTrue.execute(equal.execute(item, value))) {
                    count++;
                }
            }
            return count;
        }
    }

    @Builtin(name = "index", parameterNames = {"self", "value", "start", "stop"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        long doIndex(PDeque self, Object value, Object start, Object stop,
                        @Cached("create(EQ)") PyObjectRichCompareNode equal, @Cached PyObjectIsTrueNode isTrue) {
            long from = start == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, start);
            long to = stop == PNone.NO_VALUE ? Long.MAX_VALUE : NumberArgs.asLong(this, stop);
            int index = find(this, self, value, from, to, equal, isTrue);
            if (index < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s is not in deque", Repr.repr(value));
            }
            return index;
        }
    }

    @Builtin(name = "remove", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        Object doRemove(PDeque self, Object value, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object[] items = self.toArray(mode(this));
            int index = find(this, self, value, 0, Long.MAX_VALUE, equal, isTrue);
            if (index < 0 || !self.removeAt(mode(this), index, items[index])) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "%s", index < 0 ? Repr.repr(value) + " is not in deque"
                                : "deque mutated during remove().");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", parameterNames = {"self", "index", "value"}, minNumOfPositionalArgs = 3)
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doInsert(PDeque self, Object index, Object value) {
            try {
                self.insert(mode(this), NumberArgs.asLong(this, index), value);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "rotate", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 1)
    abstract static class RotateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRotate(PDeque self, Object n) {
            self.rotate(mode(this), n == PNone.NO_VALUE ? 1 : NumberArgs.asLong(this, n));
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doReverse(PDeque self) {
            self.reverse(mode(this));
            return PNone.NONE;
        }
    }

    /** Read through a property the registry wraps it in ({@code deque.maxlen} is a getset descriptor). */
    @Builtin(name = "maxlen", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class MaxlenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doMaxlen(PDeque self) {
            long maxlen = self.getMaxlen();
            return maxlen < 0 ? PNone.NONE : (Object) maxlen;
        }
    }
}
