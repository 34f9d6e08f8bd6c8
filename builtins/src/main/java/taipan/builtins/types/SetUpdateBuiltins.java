package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSet;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code set}'s in-place algebra: update, intersection_update, difference_update, symmetric_difference_update. */
@CoreFunctions(extendClasses = BuiltinType.SET)
public final class SetUpdateBuiltins {

    private SetUpdateBuiltins() {
    }

    @Builtin(name = "update", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class UpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUpdate(PSet self, PTuple others, @Cached SequenceItemsNode items) {
            for (Object other : others.getItems()) {
                self.getStorage().addAll(SetBuiltins.mode(this), SetBuiltins.ops(this), items.execute(other, null));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class IntersectionUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUpdate(PSet self, PTuple others, @Cached SequenceItemsNode items) {
            for (Object other : others.getItems()) {
                self.getStorage().retainAll(SetBuiltins.mode(this), SetBuiltins.ops(this),
                                SetAlgebraBuiltins.asStorage(this, other, items));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class DifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUpdate(PSet self, PTuple others, @Cached SequenceItemsNode items) {
            for (Object other : others.getItems()) {
                self.getStorage().removeAll(SetBuiltins.mode(this), SetBuiltins.ops(this), items.execute(other, null));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class SymmetricDifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUpdate(PSet self, Object other, @Cached SequenceItemsNode items) {
            ThreadingMode mode = SetBuiltins.mode(this);
            self.getStorage().toggleAll(mode, SetBuiltins.ops(this), SetAlgebraBuiltins.asStorage(this, other, items).copy(mode));
            return PNone.NONE;
        }
    }
}
