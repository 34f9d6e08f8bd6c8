package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.object.PyObjectReprNode;
import taipan.runtime.collections.PDeque;
import taipan.runtime.collections.PDequeIterator;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PSlice;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code deque}'s sequence, comparison and arithmetic dunders (CPython's {@code deque_as_sequence} and friends). */
@CoreFunctions(extendClasses = BuiltinType.DEQUE)
public final class DequeDunderBuiltins {


    private DequeDunderBuiltins() {
    }

    static long index(Node node, Object index) {
        if (index instanceof PSlice) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "sequence index must be integer, not 'slice'");
        }
        return NumberArgs.asLong(node, index);
    }

    /** A new deque of the same class and maxlen holding {@code items}. */
    static PDeque copyOf(PDeque self, Object[] items, Node node) {
        PDeque copy = new PDeque(self.getPythonClass().getInstanceShape());
        copy.setMaxlen(self.getMaxlen());
        for (Object item : items) {
            copy.append(DequeBuiltins.mode(node), item, false);
        }
        return copy;
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doLen(PDeque self) {
            return self.length(DequeBuiltins.mode(this));
        }
    }

    @Builtin(name = "__bool__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doBool(PDeque self) {
            return self.length(DequeBuiltins.mode(this)) > 0;
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doGet(PDeque self, Object index) {
            try {
                return self.get(DequeBuiltins.mode(this), index(this, index));
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "index", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSet(PDeque self, Object index, Object value) {
            try {
                self.set(DequeBuiltins.mode(this), index(this, index), value);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 2)
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doDel(PDeque self, Object index) {
            try {
                self.delete(DequeBuiltins.mode(this), index(this, index));
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        boolean doContains(PDeque self, Object value, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            return DequeBuiltins.find(this, self, value, 0, Long.MAX_VALUE, equal, isTrue) >= 0;
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        PDequeIterator doIter(PDeque self) {
            return new PDequeIterator(self, self.state(DequeBuiltins.mode(this)), false);
        }
    }

    @Builtin(name = "__reversed__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReversedNode extends PythonUnaryBuiltinNode {
        @Specialization
        PDequeIterator doReversed(PDeque self) {
            return new PDequeIterator(self, self.state(DequeBuiltins.mode(this)), true);
        }
    }

    /** Deques being repr'd on this thread: a deque reached again prints {@code [...]} (Py_ReprEnter). */
    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> ACTIVE =
                    ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doRepr(PDeque self, @Cached PyObjectReprNode repr) {
            String name = self.getPythonClass().getName();
            if (!enter(self)) {
                return PyStrings.of("[...]");
            }
            try {
                Object[] items = self.toArray(DequeBuiltins.mode(this));
                String[] parts = new String[items.length];
                for (int i = 0; i < items.length; i++) {
                    parts[i] = repr.execute(items[i]).toJavaStringUncached();
                }
                return PyStrings.of(format(name, parts, self.getMaxlen()));
            } finally {
                exit(self);
            }
        }

        @TruffleBoundary
        private static boolean enter(PDeque self) {
            return ACTIVE.get().put(self, Boolean.TRUE) == null;
        }

        @TruffleBoundary
        private static void exit(PDeque self) {
            ACTIVE.get().remove(self);
        }

        @TruffleBoundary
        private static String format(String name, String[] parts, long maxlen) {
            return name + "([" + String.join(", ", parts) + "]" + (maxlen < 0 ? "" : ", maxlen=" + maxlen) + ")";
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyDunderNode extends PythonUnaryBuiltinNode {
        @Specialization
        PDeque doCopy(PDeque self) {
            return copyOf(self, self.toArray(DequeBuiltins.mode(this)), this);
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        PDeque doCopy(PDeque self) {
            return copyOf(self, self.toArray(DequeBuiltins.mode(this)), this);
        }
    }

    @Builtin(name = "__add__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        PDeque doAdd(PDeque self, PDeque other) {
            PDeque result = copyOf(self, self.toArray(DequeBuiltins.mode(this)), this);
            for (Object item : other.toArray(DequeBuiltins.mode(this))) {
                result.append(DequeBuiltins.mode(this), item, false);
            }
            return result;
        }

        @Fallback
        Object doOther(Object self, Object other) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "can only concatenate deque (not \"%s\") to deque",
                            PythonErrors.typeName(this, other));
        }
    }

    @Builtin(name = "__iadd__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class InplaceAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAdd(PDeque self, Object other, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            DequeBuiltins.extend(this, self, other, false, getIter, next);
            return self;
        }
    }

    static Object[] repeated(Object[] items, long times) {
        int n = (int) Math.max(0, Math.min(times, Integer.MAX_VALUE / Math.max(1, items.length)));
        Object[] result = new Object[items.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return result;
    }

    @Builtin(name = "__mul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        PDeque doMul(PDeque self, Object n) {
            return copyOf(self, repeated(self.toArray(DequeBuiltins.mode(this)), NumberArgs.asLong(this, n)), this);
        }
    }

    @Builtin(name = "__rmul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        PDeque doMul(PDeque self, Object n) {
            return copyOf(self, repeated(self.toArray(DequeBuiltins.mode(this)), NumberArgs.asLong(this, n)), this);
        }
    }

    @Builtin(name = "__imul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class InplaceMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMul(PDeque self, Object n) {
            Object[] items = repeated(self.toArray(DequeBuiltins.mode(this)), NumberArgs.asLong(this, n));
            self.clear(DequeBuiltins.mode(this));
            for (Object item : items) {
                self.append(DequeBuiltins.mode(this), item, false);
            }
            return self;
        }
    }

    /** CPython's {@code deque_richcompare}: lexicographic over two deques, NotImplemented for anything else. */
    static Object compare(Node node, Object self, Object other, ComparisonOp op, PyObjectRichCompareNode equal,
                    PyObjectRichCompareNode ordered, PyObjectIsTrueNode isTrue) {
        if (!(self instanceof PDeque a) || !(other instanceof PDeque b)) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        Object[] x = a.toArray(DequeBuiltins.mode(node));
        Object[] y = b.toArray(DequeBuiltins.mode(node));
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (x[i] != y[i] && !isTrue.execute(equal.execute(x[i], y[i]))) {
                if (op == ComparisonOp.EQ) {
                    return false;
                } else if (op == ComparisonOp.NE) {
                    return true;
                }
                return ordered.execute(x[i], y[i]);
            }
        }
        return op.test(Integer.compare(x.length, y.length));
    }
}
