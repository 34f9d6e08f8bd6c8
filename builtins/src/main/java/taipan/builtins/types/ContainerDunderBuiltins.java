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

/**
 * The container special methods as attributes of the built-in classes ({@code list.__getitem__},
 * {@code dict.__setitem__}, ...), so that {@code super().__setitem__(k, v)} in a subclass and explicit calls work;
 * each delegates to the node the operator itself uses.
 */
@CoreFunctions(extendClasses = {BuiltinType.LIST, BuiltinType.TUPLE, BuiltinType.DICT, BuiltinType.RANGE})
public final class ContainerDunderBuiltins {

    private ContainerDunderBuiltins() {
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doGetItem(Object self, Object key, @Cached PyObjectGetItemNode getItem) {
            return getItem.execute(self, key);
        }
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

    static long length(com.oracle.truffle.api.nodes.Node node, Object self) {
        var mode = ListBuiltins.mode(node);
        if (self instanceof PList l) {
            return l.getStorage().length(mode);
        } else if (self instanceof PTuple t) {
            return t.length();
        } else if (self instanceof PDict d) {
            return d.getStorage().length(mode);
        } else if (self instanceof PBaseSet s) {
            return s.getStorage().length(mode);
        } else if (self instanceof PDictView v) {
            return v.getDict().getStorage().length(mode);
        } else if (self instanceof PRange r) {
            return r.length();
        } else if (self instanceof taipan.runtime.iterator.PBigRange r) {
            return taipan.nodes.expression.BigRanges.length(node, r);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "descriptor '__len__' requires a container, not '%s'",
                        PythonErrors.typeName(node, self));
    }
}
