package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.type.BuiltinType;

/** {@code deque}'s rich comparisons: lexicographic between deques, NotImplemented otherwise. */
@CoreFunctions(extendClasses = BuiltinType.DEQUE)
public final class DequeCompareBuiltins {

    private DequeCompareBuiltins() {
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(EQ)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.EQ, equal, ordered, isTrue);
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        static final ComparisonOp NE = ComparisonOp.NE;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(NE)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.NE, equal, ordered, isTrue);
        }
    }

    @Builtin(name = "__lt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        static final ComparisonOp LT = ComparisonOp.LT;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(LT)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.LT, equal, ordered, isTrue);
        }
    }

    @Builtin(name = "__le__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        static final ComparisonOp LE = ComparisonOp.LE;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(LE)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.LE, equal, ordered, isTrue);
        }
    }

    @Builtin(name = "__gt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        static final ComparisonOp GT = ComparisonOp.GT;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(GT)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.GT, equal, ordered, isTrue);
        }
    }

    @Builtin(name = "__ge__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp EQ = ComparisonOp.EQ;
        static final ComparisonOp GE = ComparisonOp.GE;
        @Specialization
        Object doCompare(Object self, Object other, @Cached("create(EQ)") PyObjectRichCompareNode equal,
                        @Cached("create(GE)") PyObjectRichCompareNode ordered, @Cached PyObjectIsTrueNode isTrue) {
            return DequeDunderBuiltins.compare(this, self, other, ComparisonOp.GE, equal, ordered, isTrue);
        }
    }
}
