package taipan.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The exceptions of the generator protocol that carry a value. */
public final class GeneratorErrors {

    private GeneratorErrors() {
    }

    /** {@code StopIteration(value)}, or a bare {@code StopIteration()} for None, as CPython's {@code gen_send_ex}. */
    @TruffleBoundary
    public static PException stopIteration(Node location, Object value) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.STOP_ITERATION);
        Object[] args = value == PNone.NONE ? new Object[0] : new Object[]{value};
        return new PException(new PBaseException(cls, new PTuple(args)), location);
    }
}
