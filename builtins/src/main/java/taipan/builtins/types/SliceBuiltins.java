package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.SliceRange;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code slice}: the constructor and {@code indices} (Objects/sliceobject.c). */
@CoreFunctions(extendClasses = BuiltinType.SLICE)
public final class SliceBuiltins {

    private SliceBuiltins() {
    }

    @Builtin(name = "slice", parameterNames = {"cls", "start", "stop", "step"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.SLICE)
    abstract static class SliceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        static PSlice doCreate(@SuppressWarnings("unused") Object cls, Object start, Object stop, Object step) {
            if (stop == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, start, PNone.NONE);
            }
            return new PSlice(start, stop, step == PNone.NO_VALUE ? PNone.NONE : step);
        }
    }

    @Builtin(name = "indices", parameterNames = {"self", "length"}, minNumOfPositionalArgs = 2)
    abstract static class IndicesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIndices(PSlice self, Object length) {
            long n = ListArgs.index(this, length);
            if (n < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "length should not be negative");
            }
            try {
                SliceRange r = self.resolve((int) Math.min(n, Integer.MAX_VALUE));
                return new PTuple(new Object[]{(long) r.start(), (long) r.stop(), (long) r.step()});
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }
}
