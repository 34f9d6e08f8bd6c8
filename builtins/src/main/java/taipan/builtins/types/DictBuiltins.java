package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.subscript.DictPairs;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.dict.PyDictGetItemNode;
import taipan.runtime.dict.PyDictSetItemNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.object.ContainerItems;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code dict}: the constructor and the methods that look up, add or remove keys (Objects/dictobject.c). */
@CoreFunctions(extendClasses = BuiltinType.DICT)
public final class DictBuiltins {

    private DictBuiltins() {
    }

    static ThreadingMode mode(Node node) {
        return TaipanLanguage.get(node).threadingMode();
    }

    static BuiltinEquality ops(Node node) {
        return new BuiltinEquality(mode(node));
    }

    /** {@code dict.update(other)} without keywords: a dict's entries, or an iterable of pairs. */
    static void update(Node node, DictStorage target, Object other, SequenceItemsNode items) {
        ThreadingMode mode = mode(node);
        if (other instanceof PDict d) {
            target.update(mode, ops(node), d.getStorage());
        } else if (other instanceof taipan.runtime.object.PMappingProxy p) {
            target.update(mode, ops(node), p.getMapping().getStorage());
        } else if (taipan.runtime.object.MappingEntries.plainDictStorage(other) instanceof DictStorage s) {
            target.update(mode, ops(node), s);
        } else if (other instanceof PythonObject && updateFromMapping(node, target, other)) {
            return;
        } else if (other != PNone.NO_VALUE) {
            DictPairs.addPairs(node, mode, ops(node), target, items.execute(other, null), items);
        }
    }

    /**
     * CPython's PyDict_Merge for an object with a {@code keys()} method: {@code other[k]} for each key it lists.
     * Returns false when {@code other} has no {@code keys} (then it is an iterable of pairs).
     */
    @TruffleBoundary
    static boolean updateFromMapping(Node node, DictStorage target, Object other) {
        Object keys = UncachedCalls.callSpecial(other, "keys");
        if (keys == null) {
            return false;
        }
        Object[] items = ContainerItems.of(mode(node), keys);
        if (items == null) {
            // keys() of a collections.abc.Mapping is a KeysView: iterated as Python does, through list()
            Object list = taipan.nodes.call.SlowCall.call(node,
                            taipan.language.TaipanLanguage.get(node).getBuiltinClass(BuiltinType.LIST), new Object[]{keys});
            items = ((taipan.runtime.object.PList) list).getStorage().toArray(mode(node));
        }
        for (Object key : items) {
            target.put(mode(node), ops(node), key, UncachedCalls.callSpecial(other, "__getitem__", key));
        }
        return true;
    }

    /** Stores the {@code **kwargs} of a call (a dict, or nothing when none were passed). */
    static void updateKeywords(Node node, DictStorage target, Object kwargs) {
        if (kwargs instanceof PDict k) {
            target.update(mode(node), ops(node), k.getStorage());
        }
    }

    @Builtin(name = "dict", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.DICT, takesVarKeywords = true)
    abstract static class DictNode extends PythonTernaryBuiltinNode {
        @Specialization
        PDict doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object kwargs,
                        @Cached SequenceItemsNode items) {
            PDict dict = new PDict();
            update(this, dict.getStorage(), iterable, items);
            updateKeywords(this, dict.getStorage(), kwargs);
            return dict;
        }
    }

    @Builtin(name = "update", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 1, takesVarKeywords = true)
    abstract static class UpdateNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doUpdate(PDict self, Object other, Object kwargs, @Cached SequenceItemsNode items) {
            update(this, self.getStorage(), other, items);
            updateKeywords(this, self.getStorage(), kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "get", parameterNames = {"self", "key", "default"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doGet(PDict self, Object key, Object defaultValue, @Bind Node inliningTarget, @Cached PyDictGetItemNode getItem) {
            Object value = getItem.execute(inliningTarget, mode(this), self.getStorage(), key);
            if (value != null) {
                return value;
            }
            return defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
        }
    }

    @Builtin(name = "setdefault", parameterNames = {"self", "key", "default"}, minNumOfPositionalArgs = 2)
    abstract static class SetDefaultNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSetDefault(PDict self, Object key, Object defaultValue, @Bind Node inliningTarget,
                        @Cached PyDictSetItemNode setItem) {
            Object value = defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
            return setItem.execute(inliningTarget, mode(this), self.getStorage(), key, value, true);
        }
    }

    @Builtin(name = "pop", parameterNames = {"self", "key", "default"}, minNumOfPositionalArgs = 2)
    abstract static class PopNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doPop(PDict self, Object key, Object defaultValue) {
            try {
                return self.getStorage().pop(mode(this), ops(this), key,
                                defaultValue == PNone.NO_VALUE ? null : defaultValue);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "popitem", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PopItemNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doPopItem(PDict self) {
            try {
                return new PTuple(self.getStorage().popItem(mode(this)));
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }

    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClear(PDict self) {
            self.getStorage().clear(mode(this));
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        PDict doCopy(PDict self) {
            return new PDict(self.getStorage().copy(mode(this)));
        }
    }
}
