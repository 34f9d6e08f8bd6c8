package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * CPython's {@code set_attribute_error_context}: an {@code AttributeError} leaving {@code obj.name} gets the
 * {@code name} and {@code obj} attributes (when it has none yet), from which "Did you mean" is computed.
 */
public final class AttributeErrorContext {

    private AttributeErrorContext() {
    }

    /** Adds the context to {@code e} when it is an AttributeError without a name; returns {@code e} to rethrow. */
    @TruffleBoundary
    public static PException add(PException e, Object object, String name) {
        PBaseException exception = e.getPythonException();
        if (exception.getField("name") == null
                        && exception.getType().isSubclassOf(TaipanLanguage.get(null).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR))) {
            exception.setField("name", PyStrings.of(name));
            exception.setField("obj", object);
        }
        return e;
    }
}
