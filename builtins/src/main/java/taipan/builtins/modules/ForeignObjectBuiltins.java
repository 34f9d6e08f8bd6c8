package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.interop.ForeignAccess;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code polyglot.ForeignObject}: the class of every value from another language or the host that is not a
 * number, string, boolean or null (those are converted at the boundary). Its dunders map Python's protocols onto
 * interop: attributes are members, calls execute (or instantiate a Java class), arrays and Java lists are sequences,
 * hashes and Java maps are mappings, iterables iterate.
 */
@CoreFunctions(extendClasses = BuiltinType.FOREIGN_OBJECT)
public final class ForeignObjectBuiltins {

    private ForeignObjectBuiltins() {
    }

    private static String name(TruffleString name) {
        return PyStrings.toJava(name);
    }

    @Builtin(name = "__getattr__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class GetAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, TruffleString attribute) {
            return ForeignAccess.getAttribute(this, self, name(attribute));
        }
    }

    @Builtin(name = "__setattr__", parameterNames = {"self", "name", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, TruffleString attribute, Object value) {
            ForeignAccess.setAttribute(this, self, name(attribute), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__dir__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return new PList(ForeignAccess.memberNames(self));
        }
    }

    /** Interop calls are positional: keyword arguments are a {@code TypeError} naming the callee. */
    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class CallNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, PTuple args, Object kwargs) {
            return ForeignAccess.call(this, self, args.getItems(), kwargs);
        }
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object self) {
            return ForeignAccess.length(this, self);
        }
    }

    @Builtin(name = "__bool__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            return ForeignAccess.isTrue(self);
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key) {
            return ForeignAccess.getItem(this, self, key);
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "key", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key, Object value) {
            ForeignAccess.setItem(this, self, key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key) {
            ForeignAccess.delItem(this, self, key);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return ForeignAccess.iterator(this, self);
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            Object next = ForeignAccess.next(this, self);
            if (next == null) {
                throw taipan.nodes.generator.GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return next;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        TruffleString doIt(Object self) {
            return PyStrings.of(ForeignAccess.repr(self));
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean doIt(Object self, Object other) {
            return self == other || ForeignAccess.isIdentical(self, other);
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object self) {
            return ForeignAccess.identityHash(self);
        }
    }
}
