package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.attribute.WeakProxies;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.module.ModuleImporter;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.weakref.PWeakProxy;

/**
 * The slots of {@code weakref.ProxyType}/{@code CallableProxyType} (CPython's {@code Objects/weakrefobject.c}): each
 * unwraps the proxies among its operands and applies the operation to the referents. Attribute access forwards in
 * {@link ObjectAttributes}.
 */
@CoreFunctions(extendClasses = {BuiltinType.WEAKPROXY, BuiltinType.WEAKCALLABLEPROXY})
public final class WeakProxyBuiltins {

    private WeakProxyBuiltins() {
    }

    /** {@code module.function(*operands)} with every proxy operand replaced by its referent. */
    @TruffleBoundary
    static Object forward(Node location, String module, String function, Object... operands) {
        Object[] unwrapped = new Object[operands.length];
        for (int i = 0; i < operands.length; i++) {
            unwrapped[i] = WeakProxies.unwrap(location, operands[i]);
        }
        Object callable = ObjectAttributes.getAttribute(location, ModuleImporter.findAndLoad(location, module), function);
        return SlowCall.call(location, callable, unwrapped);
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key) {
            return forward(this, "operator", "getitem", self, key);
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "key", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key, Object value) {
            return forward(this, "operator", "setitem", self, key, value);
        }
    }

    @Builtin(name = "__delitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key) {
            return forward(this, "operator", "delitem", self, key);
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object key) {
            return forward(this, "operator", "contains", self, key);
        }
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "builtins", "len", self);
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "builtins", "iter", self);
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "builtins", "next", self);
        }
    }

    @Builtin(name = "__bool__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BoolNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "builtins", "bool", self);
        }
    }

    @Builtin(name = "__str__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class StrNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "builtins", "str", self);
        }
    }

    /** CPython's {@code proxy_repr}: {@code <weakproxy at 0x..; to 'C' at 0x..>}. */
    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        TruffleString doIt(PWeakProxy self) {
            Object target = self.get();
            String at = Long.toHexString(ObjectRepr.identityHash(self));
            if (target == null) {
                return PyStrings.of("<weakproxy at 0x" + at + "; dead>");
            }
            return PyStrings.of("<weakproxy at 0x" + at + "; to '" + PythonErrors.typeName(this, target) + "' at 0x"
                            + Long.toHexString(ObjectRepr.identityHash(target)) + ">");
        }
    }

    /** Proxies are not hashable, even when their referent is. */
    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unhashable type: '%s'", PythonErrors.typeName(this, self));
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "eq", self, other);
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "ne", self, other);
        }
    }

    @Builtin(name = "__lt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "lt", self, other);
        }
    }

    @Builtin(name = "__le__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "le", self, other);
        }
    }

    @Builtin(name = "__gt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "gt", self, other);
        }
    }

    @Builtin(name = "__ge__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "ge", self, other);
        }
    }

    @Builtin(name = "__add__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "add", self, other);
        }
    }

    @Builtin(name = "__radd__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "add", other, self);
        }
    }

    @Builtin(name = "__sub__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "sub", self, other);
        }
    }

    @Builtin(name = "__mul__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return forward(this, "operator", "mul", self, other);
        }
    }

    @Builtin(name = "__neg__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NegNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return forward(this, "operator", "neg", self);
        }
    }
}
