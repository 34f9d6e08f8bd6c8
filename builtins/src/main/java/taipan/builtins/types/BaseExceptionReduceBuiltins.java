package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.InstanceNamespace;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** How exceptions are pickled and copied (CPython's {@code BaseException___reduce__}/{@code __setstate__}). */
@CoreFunctions(extendClasses = BuiltinType.BASE_EXCEPTION)
public final class BaseExceptionReduceBuiltins {

    private BaseExceptionReduceBuiltins() {
    }

    /** {@code (type(self), self.args)}, plus the instance dict when it holds anything. */
    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBaseException self) {
            PDict dict = InstanceNamespace.dictOf(self);
            if (dict.getStorage().length(TaipanLanguage.get(this).threadingMode()) > 0) {
                return new PTuple(new Object[]{self.getPythonClass(), self.getArgs(), dict});
            }
            return new PTuple(new Object[]{self.getPythonClass(), self.getArgs()});
        }
    }

    /** Sets each item of the state dict as an attribute. */
    @Builtin(name = "__setstate__", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBaseException self, Object state) {
            if (state == PNone.NONE) {
                return PNone.NONE;
            }
            if (!(PBuiltinSubclassObject.unwrap(state) instanceof PDict dict)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "state is not a dictionary");
            }
            Object[][] entries = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
            for (int i = 0; i < entries[0].length; i++) {
                ObjectAttributes.setAttribute(this, self, entries[0][i].toString(), entries[1][i]);
            }
            return PNone.NONE;
        }
    }
}
