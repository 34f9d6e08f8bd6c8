package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.weakref.PWeakRef;
import taipan.runtime.weakref.WeakRefOps;

/** {@code weakref.ReferenceType}: construction (also by subclasses), calling, hashing, equality, repr. */
@CoreFunctions(extendClasses = BuiltinType.WEAKREF)
public final class WeakrefTypeBuiltins {

    private WeakrefTypeBuiltins() {
    }

    @Builtin(name = "ReferenceType", parameterNames = {"cls", "ob", "callback"}, minNumOfPositionalArgs = 2,
                    takesVarArgs = true, takesVarKeywords = true, constructsClass = BuiltinType.WEAKREF)
    abstract static class RefNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return WeakRefSupport.newRef(this, arguments[0], arguments[1], arguments[2]);
        }
    }

    @Builtin(name = "__new__", parameterNames = {"cls", "ob", "callback"}, minNumOfPositionalArgs = 2,
                    takesVarArgs = true, takesVarKeywords = true)
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return WeakRefSupport.newRef(this, arguments[0], arguments[1], arguments[2]);
        }
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CallNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PWeakRef self) {
            Object referent = self.get();
            return referent == null ? PNone.NONE : referent;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(PWeakRef self) {
            return WeakRefOps.hash(this, self);
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PWeakRef self, PWeakRef other) {
            return equal(self, other);
        }

        @Fallback
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PWeakRef self, PWeakRef other) {
            return !equal(self, other);
        }

        @Fallback
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    static boolean equal(PWeakRef self, PWeakRef other) {
        return WeakRefOps.equal(self, other);
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doIt(PWeakRef self) {
            return PyStrings.of(WeakRefOps.repr(self));
        }
    }

    @Builtin(name = "__class_getitem__", parameterNames = {"cls", "item"}, minNumOfPositionalArgs = 2)
    abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(Object cls, @SuppressWarnings("unused") Object item) {
            return cls;
        }
    }
}
