package taipan.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** What unpacking assignments share: CPython's "cannot unpack non-iterable" in place of "not iterable". */
final class UnpackErrors {

    private UnpackErrors() {
    }

    /** {@code iter(value)}, with the TypeError CPython's unpacking raises for a value that is not iterable. */
    static Object iterate(Node location, PyObjectGetIterNode getIter, Object value) {
        try {
            return getIter.execute(value);
        } catch (PException e) {
            CompilerDirectives.transferToInterpreter();
            String typeName = PythonErrors.typeName(location, value);
            if (e.getMessage().equals("TypeError: " + String.format(ErrorMessages.OBJECT_NOT_ITERABLE, typeName))) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.CANNOT_UNPACK_NON_ITERABLE,
                                typeName);
            }
            throw e;
        }
    }
}
