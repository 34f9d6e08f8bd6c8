package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.dict.DictIteratorState;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** {@code dict.keys()}, {@code values()}, {@code items()} and {@code dict.fromkeys}. */
@CoreFunctions(extendClasses = BuiltinType.DICT)
public final class DictViewBuiltins {

    private DictViewBuiltins() {
    }

    @Builtin(name = "keys", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PDictView doKeys(PDict self) {
            return new PDictView(self, DictIteratorState.Kind.KEYS);
        }
    }

    @Builtin(name = "values", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PDictView doValues(PDict self) {
            return new PDictView(self, DictIteratorState.Kind.VALUES);
        }
    }

    @Builtin(name = "items", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PDictView doItems(PDict self) {
            return new PDictView(self, DictIteratorState.Kind.ITEMS);
        }
    }

    /** {@code dict.fromkeys(iterable, value=None)}, reached through the class. */
    @Builtin(name = "fromkeys", parameterNames = {"iterable", "value"}, minNumOfPositionalArgs = 1)
    abstract static class FromKeysNode extends PythonBinaryBuiltinNode {
        @Specialization
        PDict doFromKeys(Object iterable, Object value, @Cached SequenceItemsNode items) {
            PDict dict = new PDict();
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            for (Object key : items.execute(iterable, null)) {
                dict.getStorage().put(DictBuiltins.mode(this), DictBuiltins.ops(this), key, v);
            }
            return dict;
        }
    }
}
