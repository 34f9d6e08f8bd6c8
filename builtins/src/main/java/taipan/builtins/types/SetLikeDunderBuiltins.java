package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.PyObjectGetItemNode;
import taipan.nodes.expression.PySequenceContainsNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.subscript.PyObjectDelItemNode;
import taipan.nodes.subscript.PyObjectSetItemNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code __len__}, {@code __contains__} and {@code __iter__} of sets and dict views. */
@CoreFunctions(extendClasses = {BuiltinType.SET, BuiltinType.FROZENSET, BuiltinType.DICT_KEYS,
                BuiltinType.DICT_VALUES, BuiltinType.DICT_ITEMS})
public final class SetLikeDunderBuiltins {
    private SetLikeDunderBuiltins() {
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doLen(Object self) {
            return ContainerDunderBuiltins.length(this, self);
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doContains(Object self, Object key, @Cached("create(false)") PySequenceContainsNode contains) {
            return contains.execute(key, self);
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIter(Object self, @Cached PyObjectGetIterNode getIter) {
            return getIter.execute(self);
        }
    }
}
