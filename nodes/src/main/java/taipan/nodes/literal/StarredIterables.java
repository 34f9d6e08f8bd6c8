package taipan.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The error of a display's starred element that is not iterable: CPython's {@code LIST_EXTEND}/{@code SET_UPDATE}
 * turn the TypeError of {@code iter()} into "Value after * must be an iterable, not T" (Python/ceval.c).
 */
final class StarredIterables {

    private StarredIterables() {
    }

    /** The exception to raise for {@code getIter} failing with {@code e} on {@code value}. */
    @TruffleBoundary
    static PException notIterable(Node location, PException e, Object value) {
        PythonClass cls = SpecialMethods.classOf(location, value);
        if (!ObjectProtocols.is(location, e, BuiltinType.TYPE_ERROR) || cls.lookup("__iter__") != null
                        || cls.lookup("__getitem__") != null) {
            return e;
        }
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "Value after * must be an iterable, not %s",
                        PythonErrors.typeName(location, value));
    }
}
