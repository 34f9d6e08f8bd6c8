package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.exception.OSErrors;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code OSError}'s constructor ({@code OSError_new}): {@code OSError(errno, strerror[, filename[, winerror[,
 * filename2]]])} sets those attributes, keeps {@code (errno, strerror)} as args, and an {@code OSError} called with
 * a known errno becomes its subclass ({@code OSError(2, 'x')} is a {@code FileNotFoundError}).
 */
public final class OSErrorBuiltins {

    private OSErrorBuiltins() {
    }

    @Builtin(name = "OSError", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.OS_ERROR)
    abstract static class OSErrorNode extends PythonBinaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        PBaseException doCreate(PythonClass cls, PTuple args) {
            Object[] items = args.getItems();
            PythonClass type = cls;
            if (cls.getBuiltinType() == BuiltinType.OS_ERROR && items.length >= 2 && items[0] instanceof Long errno) {
                BuiltinType sub = OSErrors.subclassFor(errno);
                if (sub != null) {
                    type = TaipanLanguage.get(this).getBuiltinClass(sub);
                }
            }
            if (items.length < 2 || items.length > 5) {
                return new PBaseException(type, args);
            }
            PBaseException e = new PBaseException(type, items.length == 2 ? args : new PTuple(new Object[]{items[0],
                            items[1]}));
            e.setField("errno", items[0]);
            e.setField("strerror", items[1]);
            if (items.length >= 3) {
                e.setField("filename", items[2]);
            }
            if (items.length == 5) {
                e.setField("filename2", items[4]);
            }
            return e;
        }
    }
}
