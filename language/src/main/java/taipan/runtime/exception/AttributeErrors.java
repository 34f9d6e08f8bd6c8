package taipan.runtime.exception;

import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

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
        PException e = PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, format, args);
        e.getPythonException().setField("name", PyStrings.of(name));
        e.getPythonException().setField("obj", obj);
        return e;
    }

    /**
     * An {@code AttributeError} escaping a lookup of {@code obj.name} ({@code __getattr__}, a property) gets
     * {@code name} and {@code obj} unless it has them (CPython's {@code set_attribute_error_context}); returns
     * {@code e} to rethrow.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PException addContext(Node location, PException e, Object obj, String name) {
        PBaseException exc = e.getPythonException();
        PythonClass attributeError = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR);
        if (exc.getType().isSubclassOf(attributeError) && isUnset(exc.getField("name")) && isUnset(exc.getField("obj"))) {
            exc.setField("name", PyStrings.of(name));
            exc.setField("obj", obj);
        }
        return e;
    }

    private static boolean isUnset(Object field) {
        return field == null || field == PNone.NONE;
    }
}
