package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code TypeVar}, {@code ParamSpec} and {@code TypeVarTuple} of {@code _typing} (CPython's
 * {@code Objects/typevarobject.c}): instances keep their fields as attributes ({@code __name__}, {@code __bound__}…).
 */
@CoreFunctions(extendClasses = {BuiltinType.TYPE_VAR, BuiltinType.PARAM_SPEC, BuiltinType.TYPE_VAR_TUPLE})
public final class TypeVarBuiltins {

    private TypeVarBuiltins() {
    }

    @Builtin(name = "TypeVar", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.TYPE_VAR)
    abstract static class TypeVarNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, PTuple args, Object kwargs) {
            return create(this, (PythonClass) cls, args, kwargs);
        }
    }

    @Builtin(name = "ParamSpec", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.PARAM_SPEC)
    abstract static class ParamSpecNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, PTuple args, Object kwargs) {
            return create(this, (PythonClass) cls, args, kwargs);
        }
    }

    @Builtin(name = "TypeVarTuple", parameterNames = {"cls"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.TYPE_VAR_TUPLE)
    abstract static class TypeVarTupleNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object cls, PTuple args, Object kwargs) {
            return create(this, (PythonClass) cls, args, kwargs);
        }
    }

    /** The arguments are (name, *constraints) and keywords; only a TypeVar takes constraints. */
    @TruffleBoundary
    static PythonObject create(Node node, PythonClass cls, PTuple args, Object kwargs) {
        Object[] items = args.getItems();
        if (args.length() == 0) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() missing required argument 'name' (pos 1)",
                            clinicName(cls));
        }
        Object name = items[0];
        if (!(name instanceof com.oracle.truffle.api.strings.TruffleString)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() argument 'name' must be str, not %s",
                            clinicName(cls), taipan.runtime.object.PythonTypes.classOf(TaipanLanguage.get(node), name).getName());
        }
        Object[] constraints = java.util.Arrays.copyOfRange(items, 1, args.length());
        boolean isTypeVar = cls.getName().equals("TypeVar");
        if (!isTypeVar && constraints.length > 0) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() takes exactly 1 positional argument (%d given)",
                            clinicName(cls), args.length());
        }
        Object bound = PNone.NONE;
        boolean covariant = false;
        boolean contravariant = false;
        boolean inferVariance = false;
        Object defaultValue = TypingModuleBuiltins.noDefault(node);
        if (kwargs instanceof PDict dict) {
            Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(node).threadingMode());
            for (int i = 0; i < entries[0].length; i++) {
                String key = Repr.str(entries[0][i]);
                Object value = entries[1][i];
                switch (key) {
                    case "bound" -> bound = value;
                    case "covariant" -> covariant = SlowCompare.isTrue(node, value);
                    case "contravariant" -> contravariant = SlowCompare.isTrue(node, value);
                    case "infer_variance" -> inferVariance = SlowCompare.isTrue(node, value);
                    case "default" -> defaultValue = value;
                    default -> throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                    "%s() got an unexpected keyword argument '%s'", clinicName(cls), key);
                }
            }
        }
        if (covariant && contravariant) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Bivariant types are not supported.");
        }
        if (inferVariance && (covariant || contravariant)) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Variance cannot be specified with infer_variance.");
        }
        if (constraints.length == 1) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "A single constraint is not allowed");
        }
        if (constraints.length > 0 && bound != PNone.NONE) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "Constraints cannot be combined with bound=...");
        }
        PythonObject result = new PythonObject(cls.getInstanceShape());
        ObjectAttributes.setInstanceAttribute(node, result, "__name__", name);
        if (!cls.getName().equals("TypeVarTuple")) {
            ObjectAttributes.setInstanceAttribute(node, result, "__bound__", bound);
            ObjectAttributes.setInstanceAttribute(node, result, "__covariant__", covariant);
            ObjectAttributes.setInstanceAttribute(node, result, "__contravariant__", contravariant);
            ObjectAttributes.setInstanceAttribute(node, result, "__infer_variance__", inferVariance);
        }
        if (isTypeVar) {
            ObjectAttributes.setInstanceAttribute(node, result, "__constraints__", new PTuple(constraints));
        }
        ObjectAttributes.setInstanceAttribute(node, result, "__default__", defaultValue);
        ObjectAttributes.setInstanceAttribute(node, result, "__module__", PyStrings.of("__main__"));
        if (cls.getName().equals("ParamSpec")) {
            ObjectAttributes.setInstanceAttribute(node, result, "args",
                            ParamSpecArgsBuiltins.create(node, BuiltinType.PARAM_SPEC_ARGS, result));
            ObjectAttributes.setInstanceAttribute(node, result, "kwargs",
                            ParamSpecArgsBuiltins.create(node, BuiltinType.PARAM_SPEC_KWARGS, result));
        }
        return result;
    }

    /** The name Argument Clinic gives the constructor in CPython's messages ({@code typevar()}). */
    private static String clinicName(PythonClass cls) {
        return cls.getName().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code ~T}, {@code +T}, {@code -T}; {@code **P} for a ParamSpec, {@code *Ts} for a TypeVarTuple. */
    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return PyStrings.of(repr(this, self));
        }

        @TruffleBoundary
        private static String repr(Node node, Object self) {
            String name = Repr.str(ObjectAttributes.getInstanceAttribute(node, self, "__name__"));
            String kind = ((PythonObject) self).getPythonClass().getName();
            if (kind.equals("TypeVarTuple")) {
                return name;
            }
            if (SlowCompare.isTrue(node, ObjectAttributes.getInstanceAttribute(node, self, "__infer_variance__"))) {
                return name;
            }
            if (SlowCompare.isTrue(node, ObjectAttributes.getInstanceAttribute(node, self, "__covariant__"))) {
                return "+" + name;
            }
            if (SlowCompare.isTrue(node, ObjectAttributes.getInstanceAttribute(node, self, "__contravariant__"))) {
                return "-" + name;
            }
            return "~" + name;
        }
    }

    @Builtin(name = "has_default", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HasDefaultNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return hasDefault(this, self);
        }

        @TruffleBoundary
        static boolean hasDefault(Node node, Object self) {
            if (taipan.nodes.typing.TypeParamObjects.isLazy(node, self, "__default__")) {
                return true;
            }
            return ObjectAttributes.getInstanceAttribute(node, self, "__default__") != TypingModuleBuiltins.noDefault(node);
        }
    }

    /** The bound, constraints or default of a PEP 695 parameter, computed on first access. */
    @Builtin(name = "__getattr__", parameterNames = {"self", "name"}, minNumOfPositionalArgs = 2)
    abstract static class GetAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object name) {
            return lazyOrRaise(this, self, name);
        }
    }

    /** {@code __getattr__} of the typing classes: a lazily computed attribute, else {@code AttributeError}. */
    @TruffleBoundary
    static Object lazyOrRaise(Node node, Object self, Object name) {
        String key = Repr.str(name);
        Object value = taipan.nodes.typing.TypeParamObjects.lazyAttribute(node, self, key);
        if (value == null) {
            throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                            ((PythonObject) self).getPythonClass().getName(), key);
        }
        return value;
    }

    /** The kind of a type parameter: {@code TypeVar}, {@code ParamSpec} or {@code TypeVarTuple}. */
    private static String kind(Object self) {
        return ((PythonObject) self).getPythonClass().getName();
    }

    /** Substituting an argument for the parameter in a generic alias: typing.py's helpers do the checks. */
    @Builtin(name = "__typing_subst__", parameterNames = {"self", "arg"}, minNumOfPositionalArgs = 2)
    abstract static class TypingSubstNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object arg) {
            return switch (kind(self)) {
                case "TypeVar" -> typing(this, "_typevar_subst", self, arg);
                case "ParamSpec" -> typing(this, "_paramspec_subst", self, arg);
                default -> throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "Substitution of bare TypeVarTuple is not supported");
            };
        }
    }

    @Builtin(name = "__typing_prepare_subst__", parameterNames = {"self", "alias", "args"}, minNumOfPositionalArgs = 3)
    abstract static class TypingPrepareSubstNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object alias, Object args) {
            return switch (kind(self)) {
                case "ParamSpec" -> typing(this, "_paramspec_prepare_subst", self, alias, args);
                case "TypeVarTuple" -> typing(this, "_typevartuple_prepare_subst", self, alias, args);
                default -> typeVarPrepareSubst(this, self, alias, args);
            };
        }
    }

    /** CPython's {@code typevar_typing_prepare_subst}: a missing trailing argument takes the parameter's default. */
    @TruffleBoundary
    static Object typeVarPrepareSubst(Node node, Object self, Object alias, Object args) {
        Object params = ObjectAttributes.getAttribute(node, alias, "__parameters__");
        Object[] items = ((PTuple) args).getItems();
        Object[] parameters = ((PTuple) params).getItems();
        int i = java.util.Arrays.asList(parameters).indexOf(self);
        if (i < items.length) {
            return args;
        }
        if (i == items.length && HasDefaultNode.hasDefault(node, self)) {
            Object[] longer = java.util.Arrays.copyOf(items, items.length + 1);
            longer[items.length] = ObjectAttributes.getAttribute(node, self, "__default__");
            return new PTuple(longer);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "Too few arguments for %s; actual %d, expected at least %d",
                        Repr.repr(alias), items.length, i + 1);
    }

    @TruffleBoundary
    static Object typing(Node node, String function, Object... args) {
        return taipan.nodes.typing.GenericSupport.callTyping(node, function, args, new String[0], new Object[0]);
    }

    @Builtin(name = "__or__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return typing(this, "_make_union", self, other);
        }
    }

    @Builtin(name = "__ror__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class RorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object other) {
            return typing(this, "_make_union", other, self);
        }
    }

    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return ObjectAttributes.getInstanceAttribute(this, self, "__name__");
        }
    }

    @Builtin(name = "__mro_entries__", parameterNames = {"self", "bases"}, minNumOfPositionalArgs = 2)
    abstract static class MroEntriesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, @SuppressWarnings("unused") Object bases) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Cannot subclass an instance of %s", kind(self));
        }
    }

    /** {@code *Ts}: iterating a TypeVarTuple gives {@code Unpack[Ts]} once. */
    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            if (!kind(self).equals("TypeVarTuple")) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not iterable", kind(self));
            }
            Object unpacked = taipan.nodes.typing.GenericSupport.unpack(this, self);
            Object iter = ObjectAttributes.getAttribute(this, new PTuple(new Object[]{unpacked}), "__iter__");
            return taipan.nodes.call.SlowCall.call(this, iter, new Object[0]);
        }
    }
}
