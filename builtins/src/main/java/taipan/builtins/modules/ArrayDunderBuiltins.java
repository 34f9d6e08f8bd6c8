package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.array.PArray;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.SliceRange;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PSlice;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code array.array}'s sequence dunders and its searches ({@code count}, {@code index}, {@code remove}). */
@CoreFunctions(extendClasses = BuiltinType.ARRAY)
public final class ArrayDunderBuiltins {


    private ArrayDunderBuiltins() {
    }

    /** The index of the first item equal to {@code value} in [start, stop), or -1. */
    static int find(PArray self, Object value, long start, long stop, PyObjectRichCompareNode equal, PyObjectIsTrueNode isTrue) {
        int n = self.length();
        long from = start < 0 ? Math.max(0, start + n) : start;
        long to = stop < 0 ? stop + n : Math.min(stop, n);
        for (long i = from; i < to && i < self.length(); i++) {
            if (isTrue.execute(equal.execute(ArrayArgs.get(self, (int) i), value))) {
                return (int) i;
            }
        }
        return -1;
    }

    static PArray other(Node node, PArray self, Object other, String verb) {
        if (!(other instanceof PArray array)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "can only %s array (not \"%s\") to array", verb,
                            PythonErrors.typeName(node, other));
        } else if (array.getType() != self.getType()) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "bad argument type for built-in operation");
        }
        return array;
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLen(PArray self) {
            return self.length();
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doGet(PArray self, Object index) {
            if (index instanceof PSlice slice) {
                return ArrayArgs.sameClass(this, self, ArrayOps.slice(self, slice.resolve(self.length())));
            }
            return ArrayArgs.get(self, ArrayArgs.index(this, self, index, "array index out of range"));
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "index", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSet(PArray self, Object index, Object value) {
            if (!(index instanceof PSlice slice)) {
                ArrayArgs.set(this, self, ArrayArgs.index(this, self, index, "array assignment index out of range"), value);
                return PNone.NONE;
            }
            if (!(value instanceof PArray items)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "can only assign array (not \"%s\") to array slice",
                                PythonErrors.typeName(this, value));
            } else if (items.getType() != self.getType()) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "bad argument type for built-in operation");
            }
            SliceRange range = slice.resolve(self.length());
            if (range.step() == 1) {
                ArrayArgs.checkResizable(this, self);
                ArrayOps.replace(self, range.start(), range.start() + range.length(), items.toBytes());
            } else if (items.length() != range.length()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "attempt to assign array of size %d to extended slice of size %d", items.length(), range.length());
            } else {
                ArrayOps.assignExtended(self, range, items.toBytes());
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 2)
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doDelete(PArray self, Object index) {
            ArrayArgs.checkResizable(this, self);
            if (index instanceof PSlice slice) {
                ArrayOps.deleteSlice(self, slice.resolve(self.length()));
            } else {
                int at = ArrayArgs.index(this, self, index, "array assignment index out of range");
                ArrayOps.delete(self, at, at + 1);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(PArray self, @Cached PyObjectGetIterNode getIter) {
            return getIter.execute(ArrayArgs.toList(self));
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        static boolean doContains(PArray self, Object value, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            return find(self, value, 0, Long.MAX_VALUE, equal, isTrue) >= 0;
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "v"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        static long doCount(PArray self, Object v, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            long count = 0;
            for (int i = 0; i < self.length(); i++) {
                if (isTrue.execute(equal.execute(ArrayArgs.get(self, i), v))) {
                    count++;
                }
            }
            return count;
        }
    }

    @Builtin(name = "index", parameterNames = {"self", "v", "start", "stop"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends taipan.nodes.builtin.PythonQuaternaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        long doIndex(PArray self, Object v, Object start, Object stop, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            long from = ZlibArgs.integer(this, start, 0);
            long to = ZlibArgs.integer(this, stop, Long.MAX_VALUE);
            int at = find(self, v, from, to, equal, isTrue);
            if (at < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "array.index(x): x not in array");
            }
            return at;
        }
    }

    @Builtin(name = "remove", parameterNames = {"self", "v"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        Object doRemove(PArray self, Object v, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached PyObjectIsTrueNode isTrue) {
            int at = find(self, v, 0, Long.MAX_VALUE, equal, isTrue);
            if (at < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "array.remove(x): x not in array");
            }
            ArrayArgs.checkResizable(this, self);
            ArrayOps.delete(self, at, at + 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__add__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAdd(PArray self, Object other) {
            PArray right = other(this, self, other, "append");
            byte[] a = self.toBytes();
            byte[] b = right.toBytes();
            byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return ArrayArgs.sameClass(this, self, both);
        }
    }

    @Builtin(name = "__iadd__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAdd(PArray self, Object other) {
            PArray right = other(this, self, other, "extend");
            ArrayBuiltins.frombytes(this, self, right.toBytes());
            return self;
        }
    }

    @Builtin(name = "__mul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMul(PArray self, Object n) {
            if (!(n instanceof Long) && !(n instanceof Boolean)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return ArrayArgs.sameClass(this, self, ArrayOps.repeat(self, ZlibArgs.integer(this, n, 0)));
        }
    }

    @Builtin(name = "__rmul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMul(PArray self, Object n) {
            if (!(n instanceof Long) && !(n instanceof Boolean)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return ArrayArgs.sameClass(this, self, ArrayOps.repeat(self, ZlibArgs.integer(this, n, 0)));
        }
    }

    @Builtin(name = "__imul__", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 2)
    abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMul(PArray self, Object n) {
            ArrayArgs.checkResizable(this, self);
            self.setBytes(ArrayOps.repeat(self, ZlibArgs.integer(this, n, 0)));
            return self;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doRepr(PArray self) {
            return PyStrings.of(ArrayArgs.repr(self));
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doCopy(PArray self) {
            return ArrayArgs.sameClass(this, self, self.toBytes());
        }
    }

    @Builtin(name = "__deepcopy__", parameterNames = {"self", "memo"}, minNumOfPositionalArgs = 2)
    abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCopy(PArray self, @SuppressWarnings("unused") Object memo) {
            return ArrayArgs.sameClass(this, self, self.toBytes());
        }
    }
}
