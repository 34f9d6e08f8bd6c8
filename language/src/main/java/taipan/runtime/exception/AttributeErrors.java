package taipan.runtime.exception;

import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.str.PyStrings;

/**
 * An {@code AttributeError} raised by an attribute lookup: CPython's message plus the {@code name} and {@code obj}
 * attributes (3.10+), from which {@code traceback} computes its "Did you mean" suggestion.
 */
public final class AttributeErrors {

    private AttributeErrors() {
    }

    /** The error for {@code obj.name}; {@code format} and {@code args} make the message. */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PException raise(Node location, Object obj, String name, String format, Object... args) {
        PException e = PythonErrors.raise(location, taipan.runtime.type.BuiltinType.ATTRIBUTE_ERROR, format, args);
        e.getPythonException().setField("name", PyStrings.of(name));
        e.getPythonException().setField("obj", obj);
        return e;
    }
}
