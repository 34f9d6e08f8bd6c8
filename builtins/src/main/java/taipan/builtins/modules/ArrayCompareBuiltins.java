package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.runtime.array.PArray;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/** {@code array.array}'s rich comparisons: item by item, as the lists of their items compare. */
@CoreFunctions(extendClasses = BuiltinType.ARRAY)
public final class ArrayCompareBuiltins {


    private ArrayCompareBuiltins() {
    }

    static Object compare(PArray self, Object other, PyObjectRichCompareNode op) {
        if (!(other instanceof PArray array)) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return op.execute(ArrayArgs.toList(self), ArrayArgs.toList(array));
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp NE = ComparisonOp.NE;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(NE)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }

    @Builtin(name = "__lt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(LT)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }

    @Builtin(name = "__le__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LE = ComparisonOp.LE;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(LE)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }

    @Builtin(name = "__gt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp GT = ComparisonOp.GT;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(GT)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }

    @Builtin(name = "__ge__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp GE = ComparisonOp.GE;
        @Specialization
        static Object doCompare(PArray self, Object other, @Cached("create(GE)") PyObjectRichCompareNode op) {
            return compare(self, other, op);
        }
    }
}
