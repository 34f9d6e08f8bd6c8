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

    /** Whether {@code e} is an instance of the built-in exception class {@code type}. */
    public static boolean isInstance(Node node, PException e, BuiltinType type) {
        return e.getPythonException().getType().isSubclassOf(TaipanLanguage.get(node).getBuiltinClass(type));
    }

    /** {@code StopIteration.value}: the first argument, or None. */
    public static Object stopIterationValue(PException e) {
        Object[] args = e.getPythonException().getArgs().getItems();
        return args.length == 0 ? PNone.NONE : args[0];
    }

    /** A new exception of a built-in class without arguments ({@code StopAsyncIteration()}). */
    @TruffleBoundary
    public static PException bare(Node location, BuiltinType type) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(type);
        return new PException(new PBaseException(cls, new PTuple(new Object[0])), location);
    }

    /** {@code StopIteration(value)}, or a bare {@code StopIteration()} for None, as CPython's {@code gen_send_ex}. */
    @TruffleBoundary
    public static PException stopIteration(Node location, Object value) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.STOP_ITERATION);
        Object[] args = value == PNone.NONE ? new Object[0] : new Object[]{value};
        return new PException(new PBaseException(cls, new PTuple(args)), location);
    }
}
