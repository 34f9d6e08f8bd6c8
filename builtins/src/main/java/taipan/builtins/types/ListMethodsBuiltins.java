package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListSearch;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code list}'s searching and whole-list methods: index, count, reverse, clear, copy. */
@CoreFunctions(extendClasses = BuiltinType.LIST)
public final class ListMethodsBuiltins {

    private ListMethodsBuiltins() {
    }

    @Builtin(name = "index", parameterNames = {"self", "value", "start", "stop"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doIndex(PList self, Object value, Object start, Object stop) {
            ThreadingMode mode = ListBuiltins.mode(this);
            long from = start == PNone.NO_VALUE ? 0 : ListArgs.sliceIndex(this, start);
            long to = stop == PNone.NO_VALUE ? Long.MAX_VALUE : ListArgs.sliceIndex(this, stop);
            try {
                return ListSearch.index(mode, self.getStorage(), value, new BuiltinEquality(mode), from, to);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doCount(PList self, Object value) {
            ThreadingMode mode = ListBuiltins.mode(this);
            return ListSearch.count(mode, self.getStorage(), value, new BuiltinEquality(mode));
        }
    }

    @Builtin(name = "reverse", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doReverse(PList self) {
            self.getStorage().reverse(ListBuiltins.mode(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClear(PList self) {
            self.getStorage().clear(ListBuiltins.mode(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        PList doCopy(PList self) {
            return new PList(self.getStorage().copy(ListBuiltins.mode(this)));
        }
    }
}
