package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.ContainerItems;
import taipan.runtime.object.PDictView;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** The set-like methods of {@code dict_keys} and {@code dict_items}. */
@CoreFunctions(extendClasses = {BuiltinType.DICT_KEYS, BuiltinType.DICT_ITEMS})
public final class DictKeysViewBuiltins {

    private DictKeysViewBuiltins() {
    }

    @Builtin(name = "isdisjoint", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIsDisjoint(PDictView self, Object other) {
            ThreadingMode mode = DictBuiltins.mode(this);
            BuiltinEquality ops = new BuiltinEquality(mode);
            Object[] items = ContainerItems.of(mode, other);
            if (items == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not iterable",
                                PythonErrors.typeName(this, other));
            }
            var mine = ContainerItems.asSet(mode, ops, self);
            for (Object item : items) {
                if (mine.contains(mode, ops, item)) {
                    return false;
                }
            }
            return true;
        }
    }
}
