package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code P.args} and {@code P.kwargs} of a ParamSpec (CPython's {@code paramspecattr}): an {@code __origin__}. */
@CoreFunctions(extendClasses = {BuiltinType.PARAM_SPEC_ARGS, BuiltinType.PARAM_SPEC_KWARGS})
public final class ParamSpecArgsBuiltins {

    private ParamSpecArgsBuiltins() {
    }

    @TruffleBoundary
    static PythonObject create(Node node, BuiltinType type, Object origin) {
        return make(node, TaipanLanguage.get(node).getBuiltinClass(type), origin);
    }

    private static PythonObject make(Node node, PythonClass cls, Object origin) {
        PythonObject result = new PythonObject(cls.getInstanceShape());
        ObjectAttributes.setInstanceAttribute(node, result, "__origin__", origin);
        return result;
    }

    @Builtin(name = "ParamSpecArgs", parameterNames = {"cls", "origin"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.PARAM_SPEC_ARGS)
    abstract static class ArgsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object origin) {
            return make(this, (PythonClass) cls, origin);
        }
    }

    @Builtin(name = "ParamSpecKwargs", parameterNames = {"cls", "origin"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.PARAM_SPEC_KWARGS)
    abstract static class KwargsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object cls, Object origin) {
            return make(this, (PythonClass) cls, origin);
        }
    }

    /** {@code P.args}/{@code P.kwargs} when the origin is a ParamSpec, else the origin's repr and the suffix. */
    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            Object origin = ObjectAttributes.getInstanceAttribute(this, self, "__origin__");
            boolean args = ((PythonObject) self).getPythonClass().getName().equals("ParamSpecArgs");
            String suffix = args ? ".args" : ".kwargs";
            if (origin instanceof PythonObject o && o.getPythonClass().getName().equals("ParamSpec")) {
                return PyStrings.of(Repr.str(ObjectAttributes.getInstanceAttribute(this, origin, "__name__")) + suffix);
            }
            return PyStrings.of(Repr.repr(origin) + suffix);
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self, Object other) {
            if (!(other instanceof PythonObject o) || o.getPythonClass() != ((PythonObject) self).getPythonClass()) {
                return taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
            }
            return ObjectAttributes.getInstanceAttribute(this, self, "__origin__") ==
                            ObjectAttributes.getInstanceAttribute(this, other, "__origin__");
        }
    }
}
