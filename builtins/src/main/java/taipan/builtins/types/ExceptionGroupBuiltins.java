package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.control.ExceptionGroups;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code BaseExceptionGroup} (and so {@code ExceptionGroup}): the constructor, {@code derive}, {@code split}, {@code subgroup}. */
@CoreFunctions(extendClasses = BuiltinType.BASE_EXCEPTION_GROUP)
public final class ExceptionGroupBuiltins {

    private ExceptionGroupBuiltins() {
    }

    @Builtin(name = "BaseExceptionGroup", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.BASE_EXCEPTION_GROUP)
    abstract static class BaseExceptionGroupNode extends PythonBinaryBuiltinNode {

        @Specialization
        PBaseException doCreate(PythonClass cls, PTuple args) {
            return ExceptionGroups.create(this, cls, args);
        }
    }

    /** {@code derive(excs)}: a plain group with this one's message; subclasses override it to keep their type. */
    @Builtin(name = "derive", parameterNames = {"self", "excs"}, minNumOfPositionalArgs = 2)
    abstract static class DeriveNode extends PythonBinaryBuiltinNode {

        @Specialization
        PBaseException doDerive(PBaseException self, Object excs) {
            PythonClass base = TaipanLanguage.get(this).getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP);
            return ExceptionGroups.create(this, base, new PTuple(new Object[]{self.getField("message"), excs}));
        }
    }

    /** {@code split(condition)}: the (match, rest) pair, each a group or None. */
    @Builtin(name = "split", parameterNames = {"self", "condition"}, minNumOfPositionalArgs = 2)
    abstract static class SplitNode extends PythonBinaryBuiltinNode {

        @Specialization
        PTuple doSplit(PBaseException self, Object condition) {
            PBaseException[] parts = ExceptionGroups.split(this, self, ExceptionGroups.matcher(this, condition), true);
            return new PTuple(new Object[]{orNone(parts[0]), orNone(parts[1])});
        }
    }

    /** {@code subgroup(condition)}: the matching part, or None. */
    @Builtin(name = "subgroup", parameterNames = {"self", "condition"}, minNumOfPositionalArgs = 2)
    abstract static class SubgroupNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doSubgroup(PBaseException self, Object condition) {
            return orNone(ExceptionGroups.split(this, self, ExceptionGroups.matcher(this, condition), false)[0]);
        }
    }

    static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }
}
