package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.typing.TypeAliasObjects;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;
import taipan.runtime.type.PUnionType;
import taipan.runtime.type.PythonClass;

/**
 * {@code typing.TypeAliasType} (CPython's {@code typealiasobject} in {@code Objects/typevarobject.c}): what
 * {@code type X = ...} makes; {@code __value__} is computed on first access, the attributes are read-only.
 */
@CoreFunctions(extendClasses = BuiltinType.TYPE_ALIAS_TYPE)
public final class TypeAliasTypeBuiltins {

    private TypeAliasTypeBuiltins() {
    }

    @Builtin(name = "TypeAliasType", parameterNames = {"cls", "name", "value"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false, keywordOnlyNames = "type_params",
                    constructsClass = BuiltinType.TYPE_ALIAS_TYPE)
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return create(this, arguments);
        }

        @TruffleBoundary
        private static Object create(Node node, Object[] arguments) {
            if (!(arguments[1] instanceof TruffleString)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                "typealias() argument 'name' must be str, not %s", PythonErrors.typeName(node, arguments[1]));
            }
            Object params = arguments[3];
            if (params == PNone.NO_VALUE) {
                params = PTuple.EMPTY;
            } else if (!(params instanceof PTuple)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "type_params must be a tuple");
            }
            Object module = callerModule(node);
            return TypeAliasObjects.create(node, (PythonClass) arguments[0], arguments[1], (PTuple) params,
                            arguments[2], null, module);
        }
    }

    /** The module the alias is made in; CPython reads the caller's globals, which a built-in does not see here. */
    private static Object callerModule(@SuppressWarnings("unused") Node node) {
        return PyStrings.of("typing");
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return ObjectAttributes.getInstanceAttribute(this, self, "__name__");
        }
    }

    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return ObjectAttributes.getInstanceAttribute(this, self, "__name__");
        }
    }

    /** {@code __value__} until first read. */
    @Builtin(name = "__getattr__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class GetAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object name) {
            return TypeVarBuiltins.lazyOrRaise(this, self, name);
        }
    }

    @Builtin(name = "__setattr__", parameterNames = {"self", "name", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object name, @SuppressWarnings("unused") Object value) {
            throw readOnly(this, self, name);
        }
    }

    @Builtin(name = "__delattr__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object name) {
            throw readOnly(this, self, name);
        }
    }

    @TruffleBoundary
    private static RuntimeException readOnly(Node node, Object self, Object name) {
        String key = Repr.str(name);
        if (key.equals("__name__") || key.equals("__value__") || key.equals("__type_params__") ||
                        key.equals("__parameters__") || key.equals("__module__")) {
            throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "readonly attribute");
        }
        throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "'typing.TypeAliasType' object has no attribute '%s'",
                        key);
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "args"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object args) {
            Object params = ObjectAttributes.getInstanceAttribute(this, self, "__type_params__");
            if (!(params instanceof PTuple t) || t.length() == 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Only generic type aliases are subscriptable");
            }
            return new PGenericAlias(self, args);
        }
    }

    @Builtin(name = "__or__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            if (!unionable(this, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PUnionType.of(self, other, TaipanLanguage.get(this).getBuiltinClass(BuiltinType.NONE_TYPE));
        }
    }

    @Builtin(name = "__ror__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            if (!unionable(this, other)) {
                return PNotImplemented.NOT_IMPLEMENTED;
            }
            return PUnionType.of(other, self, TaipanLanguage.get(this).getBuiltinClass(BuiltinType.NONE_TYPE));
        }
    }

    private static boolean unionable(Node node, Object other) {
        return PUnionType.isUnionable(other) || other instanceof PythonObject o &&
                        o.getPythonClass() == TaipanLanguage.get(node).getBuiltinClass(BuiltinType.TYPE_ALIAS_TYPE);
    }
}
