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

/** {@code __setitem__} and {@code __delitem__} of the mutable mappings and sequences. */
@CoreFunctions(extendClasses = {BuiltinType.LIST, BuiltinType.DICT})
public final class MutableContainerDunderBuiltins {
    private MutableContainerDunderBuiltins() {
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "key", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object doSetItem(Object self, Object key, Object value, @Cached PyObjectSetItemNode setItem) {
            setItem.execute(self, key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doDelItem(Object self, Object key, @Cached PyObjectDelItemNode delItem) {
            delItem.execute(self, key);
            return PNone.NONE;
        }
    }
}
