package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.type.PythonClass;
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

    /** {@code dict.fromkeys(iterable, value=None)}: a class method, so a subclass builds an instance of itself. */
    @Builtin(name = "fromkeys", parameterNames = {"cls", "iterable", "value"}, minNumOfPositionalArgs = 2,
                    classMethod = true)
    abstract static class FromKeysNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doFromKeys(PythonClass cls, Object iterable, Object value, @Cached SequenceItemsNode items) {
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            if (cls.isBuiltin()) {
                PDict dict = new PDict();
                for (Object key : items.execute(iterable, null)) {
                    dict.getStorage().put(DictBuiltins.mode(this), DictBuiltins.ops(this), key, v);
                }
                return dict;
            }
            return fromKeysOfSubclass(cls, items.execute(iterable, null), v);
        }

        // a subclass's own constructor and __setitem__ run, as in CPython's dict_fromkeys
        @TruffleBoundary
        private Object fromKeysOfSubclass(PythonClass cls, Object[] keys, Object value) {
            Object result = SlowCall.call(this, cls, new Object[0]);
            for (Object key : keys) {
                SpecialMethods.callUncached(this, result, "__setitem__", new Object[]{key, value});
            }
            return result;
        }
    }
}
