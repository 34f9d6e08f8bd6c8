package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PFrozenSet;
import taipan.runtime.object.PSet;
import taipan.runtime.object.PTuple;
import taipan.runtime.set.SetAlgebra;
import taipan.runtime.set.SetStorage;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** The methods {@code set} and {@code frozenset} share: copy and the algebra, which take any iterables. */
@CoreFunctions(extendClasses = {BuiltinType.SET, BuiltinType.FROZENSET})
public final class SetAlgebraBuiltins {

    private SetAlgebraBuiltins() {
    }

    /** A set of the same class as {@code self} over {@code storage}. */
    static PBaseSet like(PBaseSet self, SetStorage storage) {
        return self instanceof PFrozenSet ? new PFrozenSet(storage) : new PSet(storage);
    }

    /** {@code other} as a set storage: sets as they are, other iterables collected. */
    static SetStorage asStorage(Node node, Object other, SequenceItemsNode items) {
        if (other instanceof PBaseSet s) {
            return s.getStorage();
        }
        return SetBuiltins.fromIterable(node, other, items);
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doCopy(PBaseSet self) {
            return self instanceof PFrozenSet ? self : new PSet(self.getStorage().copy(SetBuiltins.mode(this)));
        }
    }

    @Builtin(name = "union", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class UnionNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUnion(PBaseSet self, PTuple others, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            SetStorage result = self.getStorage().copy(mode);
            for (Object other : others.getItems()) {
                result.addAll(mode, SetBuiltins.ops(this), items.execute(other, null));
            }
            return like(self, result);
        }
    }

    @Builtin(name = "intersection", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class IntersectionNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIntersection(PBaseSet self, PTuple others, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            BuiltinEquality ops = SetBuiltins.ops(this);
            SetStorage result = self.getStorage().copy(mode);
            for (Object other : others.getItems()) {
                result = SetAlgebra.intersection(mode, ops, result, asStorage(this, other, items));
            }
            return like(self, result);
        }
    }

    @Builtin(name = "difference", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class DifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doDifference(PBaseSet self, PTuple others, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            SetStorage result = self.getStorage().copy(mode);
            for (Object other : others.getItems()) {
                result.removeAll(mode, SetBuiltins.ops(this), items.execute(other, null));
            }
            return like(self, result);
        }
    }

    @Builtin(name = "symmetric_difference", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class SymmetricDifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSymmetricDifference(PBaseSet self, Object other, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            return like(self, SetAlgebra.symmetricDifference(mode, SetBuiltins.ops(this), self.getStorage(),
                            asStorage(this, other, items)));
        }
    }

    @Builtin(name = "issubset", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class IsSubsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIsSubset(PBaseSet self, Object other, @Cached SequenceItemsNode items) {
            return SetAlgebra.isSubset(SetBuiltins.mode(this), SetBuiltins.ops(this), self.getStorage(),
                            asStorage(this, other, items));
        }
    }

    @Builtin(name = "issuperset", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class IsSupersetNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIsSuperset(PBaseSet self, Object other, @Cached SequenceItemsNode items) {
            return SetAlgebra.isSubset(SetBuiltins.mode(this), SetBuiltins.ops(this), asStorage(this, other, items),
                            self.getStorage());
        }
    }

    @Builtin(name = "isdisjoint", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIsDisjoint(PBaseSet self, Object other, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            return SetAlgebra.intersection(mode, SetBuiltins.ops(this), self.getStorage(),
                            asStorage(this, other, items)).length(mode) == 0;
        }
    }
}
